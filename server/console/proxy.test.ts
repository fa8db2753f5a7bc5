import { describe, expect, it } from 'vitest';
import { verifyRequest } from '../shared/signing';
import { createConsoleApp } from './app';
import type { Connection } from './config';

const SK = 'proxy-test-secret-key-0123456789abcdef';
const PROJECT = '0123456789abcdef0123456789abcdef';
const connection: Connection = {
  id: 'local',
  name: 'Local',
  kind: 'local',
  region: 'local-1',
  projectId: PROJECT,
  endpoint: 'http://127.0.0.1:18080',
  ltsEndpoint: 'http://127.0.0.1:18080',
  auth: { type: 'aksk', ak: 'PROXYTESTAK000000001', sk: SK },
};
const cloud: Connection = {
  ...connection,
  id: 'cloud',
  kind: 'cloud',
  region: 'cn-north-4',
  endpoint: 'https://functiongraph.cn-north-4.myhuaweicloud.com',
  ltsEndpoint: 'https://lts.cn-north-4.myhuaweicloud.com',
  auth: { type: 'token', token: 'iam-token-value' },
};

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array;
  verified: boolean;
}

/** An upstream that verifies the signature the way the local FunctionGraph does and echoes what it saw. */
function verifyingUpstream(seen: Seen[], extraResponseHeaders: Record<string, string> = {}): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    headers.host = url.host;
    const body = init?.body ? new Uint8Array(init.body as Uint8Array) : new Uint8Array();
    const result = verifyRequest({
      method: init?.method ?? 'GET',
      rawUrl: url.pathname + url.search,
      headers,
      body,
      secretFor: (ak) => (ak === 'PROXYTESTAK000000001' ? SK : undefined),
    });
    seen.push({ url: url.toString(), method: init?.method ?? 'GET', headers, body, verified: result.ok });
    const response = new Response(JSON.stringify({ echo: headers, body: new TextDecoder().decode(body) }), {
      status: result.ok ? 200 : 401,
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'req-1',
        'set-cookie': 'tracking=1',
        'x-internal-secret': 'nope',
        ...extraResponseHeaders,
      },
    });
    return Promise.resolve(response);
  };
}

function app(seen: Seen[], options: Partial<Parameters<typeof createConsoleApp>[0]> = {}) {
  return createConsoleApp({ connections: [connection, cloud], fetch: verifyingUpstream(seen), ...options });
}

const HOST = { host: '127.0.0.1:3000' };
const base = `/api/connections/local/v2/${PROJECT}/fgs`;

describe('console proxy', () => {
  it('forwards a signed request that the upstream verifies, body and query intact', async () => {
    const seen: Seen[] = [];
    const body = JSON.stringify({ k: 'v', s: '你好 😀' });
    const urn = `urn:fss:local-1:${PROJECT}:function:default:hello:latest`;
    const res = await app(seen).request(`${base}/functions/${urn}/invocations?x=a%20b&y=%2A`, {
      method: 'POST',
      headers: {
        ...HOST,
        'content-type': 'application/json',
        'x-cff-log-type': 'tail',
        origin: 'http://127.0.0.1:3000',
      },
      body,
    });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.verified).toBe(true);
    expect(new TextDecoder().decode(seen[0]!.body)).toBe(body);
    expect(seen[0]!.url).toBe(
      `http://127.0.0.1:18080/v2/${PROJECT}/fgs/functions/${urn}/invocations?x=a%20b&y=%2A`,
    );
    expect(seen[0]!.headers['x-cff-log-type']).toBe('tail');
    expect(seen[0]!.headers['x-project-id']).toBe(PROJECT);
    expect(res.headers.get('x-request-id')).toBe('req-1');
  });

  it('rejects a foreign Host with 403 before reaching upstream', async () => {
    const seen: Seen[] = [];
    const res = await app(seen).request(`${base}/functions`, { headers: { host: 'evil.example:3000' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error_code: 'FGC.0403' });
    expect(seen).toHaveLength(0);
  });

  it('accepts loopback names and a configured extra host', async () => {
    for (const host of ['localhost:3000', '127.0.0.1', '[::1]:3000']) {
      const res = await app([]).request('/api/health', { headers: { host } });
      expect(res.status).toBe(200);
    }
    const res = await app([], { allowedHosts: ['console.lan'] }).request('/api/health', {
      headers: { host: 'console.lan:3000' },
    });
    expect(res.status).toBe(200);
  });

  it('rejects a cross-site Origin or Sec-Fetch-Site on POST with 403', async () => {
    const seen: Seen[] = [];
    const a = app(seen);
    const viaOrigin = await a.request(`${base}/functions`, {
      method: 'POST',
      headers: { ...HOST, origin: 'https://evil.example' },
      body: '{}',
    });
    const viaFetchSite = await a.request(`${base}/functions`, {
      method: 'DELETE',
      headers: { ...HOST, 'sec-fetch-site': 'cross-site' },
    });
    expect(viaOrigin.status).toBe(403);
    expect(viaFetchSite.status).toBe(403);
    expect(seen).toHaveLength(0);
    const sameOrigin = await a.request(`${base}/functions`, {
      method: 'POST',
      headers: { ...HOST, origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('drops request and response headers outside the allow-lists', async () => {
    const seen: Seen[] = [];
    const res = await app(seen).request(`${base}/functions`, {
      headers: {
        ...HOST,
        cookie: 'session=1',
        'x-evil': '1',
        authorization: 'Bearer browser',
        'x-cff-log-type': 'tail',
      },
    });
    expect(seen[0]!.verified).toBe(true);
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers['x-evil']).toBeUndefined();
    expect(seen[0]!.headers.authorization).toMatch(/^SDK-HMAC-SHA256 /);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-internal-secret')).toBeNull();
  });

  it('answers an upstream timeout with a 504 envelope', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const res = await createConsoleApp({ connections: [connection], fetch: hanging, timeoutMs: 50 }).request(
      `${base}/functions`,
      { headers: HOST },
    );
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({
      error_code: 'FGC.0504',
      error_msg: expect.any(String) as string,
    });
  });

  it('answers an unreachable upstream with a 502 envelope and does not follow redirects', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('connect ECONNREFUSED 127.0.0.1:18080'));
    const res = await createConsoleApp({ connections: [connection], fetch: refused }).request(
      `${base}/functions`,
      {
        headers: HOST,
      },
    );
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error_code: 'FGC.0502' });
    const redirecting: typeof fetch = (_input, init) => {
      expect(init?.redirect).toBe('manual');
      return Promise.resolve(
        new Response(null, { status: 302, headers: { location: 'http://evil.example/' } }),
      );
    };
    const res2 = await createConsoleApp({ connections: [connection], fetch: redirecting }).request(
      `${base}/functions`,
      { headers: HOST },
    );
    expect(res2.status).toBe(502);
  });

  it('forwards only to the connection endpoints and its own project paths', async () => {
    const seen: Seen[] = [];
    const a = app(seen);
    const attempts = [
      `/api/connections/local/v2/ffffffffffffffffffffffffffffffff/fgs/functions`,
      `/api/connections/local/v3/${PROJECT}/x`,
      `${base}/../../../../admin`,
      `${base}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/admin`,
      `/api/connections/local//evil.example/v2/${PROJECT}/fgs`,
      `/api/connections/cloud/local/v1/${PROJECT}/draft`,
    ];
    for (const path of attempts) {
      const res = await a.request(path, { headers: HOST });
      expect([403, 404]).toContain(res.status);
    }
    expect(seen.every((s) => s.url.startsWith('http://127.0.0.1:18080/v2/' + PROJECT + '/'))).toBe(true);
    const unknown = await a.request(`/api/connections/nope/v2/${PROJECT}/fgs/functions`, { headers: HOST });
    expect(unknown.status).toBe(404);
  });

  it('routes LTS queries to the LTS endpoint and adds an IAM token for token connections', async () => {
    const seen: Seen[] = [];
    const res = await app(seen).request(
      `/api/connections/cloud/lts/v2/${PROJECT}/groups/g/streams/s/content/query`,
      {
        method: 'POST',
        headers: { ...HOST, 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(res.status).toBe(401); // the fake upstream only knows AK/SK; what matters is where it went
    expect(seen[0]!.url).toBe(
      `https://lts.cn-north-4.myhuaweicloud.com/v2/${PROJECT}/groups/g/streams/s/content/query`,
    );
    expect(seen[0]!.headers['x-auth-token']).toBe('iam-token-value');
  });

  it('refuses bodies over 12 MB', async () => {
    const res = await app([]).request(`${base}/functions`, {
      method: 'POST',
      headers: { ...HOST, 'content-length': String(13 * 1024 * 1024) },
      body: 'x',
    });
    expect(res.status).toBe(413);
  });

  it('never shows the secret key or token in any response', async () => {
    const seen: Seen[] = [];
    const a = app(seen);
    const responses = [
      await a.request('/api/connections', { headers: HOST }),
      await a.request(`${base}/functions`, { headers: HOST }),
      await a.request(`/api/connections/cloud/v2/${PROJECT}/fgs/functions`, { headers: HOST }),
      await a.request('/api/nope', { headers: HOST }),
    ];
    for (const res of responses) {
      const text = await res.text();
      const headerText = JSON.stringify([...res.headers.entries()]);
      expect(text).not.toContain(SK);
      expect(headerText).not.toContain(SK);
      expect(text).not.toContain('iam-token-value');
    }
    const list = (await (await a.request('/api/connections', { headers: HOST })).json()) as {
      connections: Record<string, unknown>[];
    };
    expect(list.connections.map((c) => c.id)).toEqual(['local', 'cloud']);
    for (const c of list.connections) expect(Object.keys(c)).not.toContain('auth');
  });
});
