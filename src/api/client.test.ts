import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { apiRequest, fgRequest, fgRequestRaw, localRequest, ltsRequest } from './client';
import type { ConnectionScope } from './client';
import { ApiError } from './errors';

const scope: ConnectionScope = { connectionId: 'local', projectId: 'p'.repeat(32) };
const fgBase = `/api/connections/local/v2/${scope.projectId}`;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('client prefixes', () => {
  it('sends FunctionGraph calls through the proxy with the connection and project id', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${fgBase}/fgs/functions`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({ functions: [], next_marker: 0 });
      }),
    );
    const body = await fgRequest<{ next_marker: number }>(scope, '/fgs/functions', {
      query: { maxitems: 400, package_name: undefined, marker: null },
    });
    expect(body.next_marker).toBe(0);
    expect(seen?.pathname).toBe(`${fgBase}/fgs/functions`);
    // undefined and null query values are left out
    expect(seen?.search).toBe('?maxitems=400');
  });

  it('uses the LTS and local extension prefixes', async () => {
    server.use(
      http.post(`/api/connections/local/lts/v2/${scope.projectId}/groups/g/streams/s/content/query`, () =>
        HttpResponse.json({ logs: [] }),
      ),
      http.get(`/api/connections/local/local/v1/${scope.projectId}/health`, () =>
        HttpResponse.json({ ok: true }),
      ),
    );
    await expect(ltsRequest(scope, '/groups/g/streams/s/content/query', { json: {} })).resolves.toEqual({
      logs: [],
    });
    await expect(localRequest(scope, '/health')).resolves.toEqual({ ok: true });
  });

  it('encodes path-unsafe connection ids', async () => {
    server.use(http.get('/api/connections/a%2Fb/v2/p/x', () => HttpResponse.json({ ok: 1 })));
    await expect(fgRequest({ connectionId: 'a/b', projectId: 'p' }, '/x')).resolves.toEqual({ ok: 1 });
  });
});

describe('client JSON in and out', () => {
  it('sends JSON bodies with the content type and defaults the method to POST', async () => {
    let received: { method: string; type: string | null; body: unknown } | undefined;
    server.use(
      http.post(`${fgBase}/fgs/functions`, async ({ request }) => {
        received = {
          method: request.method,
          type: request.headers.get('content-type'),
          body: await request.json(),
        };
        return HttpResponse.json({ func_name: 'hello' }, { headers: { 'x-request-id': 'req-9' } });
      }),
    );
    const res = await fgRequestRaw<{ func_name: string }>(scope, '/fgs/functions', {
      json: { func_name: 'hello' },
    });
    expect(received).toEqual({ method: 'POST', type: 'application/json', body: { func_name: 'hello' } });
    expect(res.data.func_name).toBe('hello');
    expect(res.requestId).toBe('req-9');
  });

  it('resolves an empty 204 body to undefined', async () => {
    server.use(http.delete(`${fgBase}/fgs/functions/urn`, () => new HttpResponse(null, { status: 204 })));
    await expect(fgRequest(scope, '/fgs/functions/urn', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('reads text bodies when asked', async () => {
    server.use(http.get('/api/health', () => HttpResponse.text('ok')));
    await expect(apiRequest('/api/health', { responseType: 'text' })).resolves.toBe('ok');
  });
});

describe('client errors', () => {
  it('maps an FSS envelope to ApiError with the header request id', async () => {
    server.use(
      http.get(`${fgBase}/fgs/functions/x/config`, () =>
        HttpResponse.json(
          { error_code: 'FSS.1051', error_msg: 'Not found the function' },
          { status: 404, headers: { 'x-request-id': 'rid-1' } },
        ),
      ),
    );
    const error = await rejection(fgRequest(scope, '/fgs/functions/x/config'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'FSS.1051',
      message: 'Not found the function',
      requestId: 'rid-1',
    });
  });

  it('maps an APIGW nested envelope', async () => {
    server.use(
      http.get(`${fgBase}/x`, () =>
        HttpResponse.json(
          { error: { code: 'APIGW.0303', message: 'Incorrect app authentication' } },
          { status: 401 },
        ),
      ),
    );
    expect(await rejection(fgRequest(scope, '/x'))).toMatchObject({ status: 401, code: 'APIGW.0303' });
  });

  it('maps a console FGC envelope with the body request id', async () => {
    server.use(
      http.get('/api/connections/nope/v2/p/x', () =>
        HttpResponse.json(
          { error_code: 'FGC.0404', error_msg: 'No connection named "nope"', request_id: 'body-rid' },
          { status: 404 },
        ),
      ),
    );
    expect(await rejection(fgRequest({ connectionId: 'nope', projectId: 'p' }, '/x'))).toMatchObject({
      code: 'FGC.0404',
      requestId: 'body-rid',
    });
  });

  it('maps a network failure to FGC.NETWORK with status 0', async () => {
    server.use(http.get('/api/connections', () => HttpResponse.error()));
    const error = await rejection(apiRequest('/api/connections'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'FGC.NETWORK' });
  });

  it('maps a non-JSON error body to HTTP.<status>', async () => {
    server.use(
      http.get('/api/x', () =>
        HttpResponse.html('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    expect(await rejection(apiRequest('/api/x'))).toMatchObject({
      status: 502,
      code: 'HTTP.502',
      message: 'HTTP 502 Bad Gateway',
    });
  });

  it('maps a 2xx body that is not JSON to FGC.BAD_RESPONSE', async () => {
    server.use(http.get('/api/x', () => HttpResponse.html('<html>index</html>')));
    expect(await rejection(apiRequest('/api/x'))).toMatchObject({ status: 200, code: 'FGC.BAD_RESPONSE' });
  });

  it('passes an abort through as an AbortError, not an ApiError', async () => {
    server.use(http.get('/api/slow', () => new Promise<never>(() => undefined)));
    const controller = new AbortController();
    const pending = apiRequest('/api/slow', { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });
});
