import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse, readEnvelope } from './errors';

const noHeaders = new Headers();

describe('readEnvelope', () => {
  it('reads the FunctionGraph envelope with its request id', () => {
    expect(
      readEnvelope({ error_code: 'FSS.1051', error_msg: 'Not found the function', request_id: 'r-1' }),
    ).toEqual({ code: 'FSS.1051', message: 'Not found the function', requestId: 'r-1' });
  });

  it('reads the nested {error:{code,message}} envelope', () => {
    expect(readEnvelope({ error: { code: 'APIGW.0301', message: 'Incorrect IAM authentication' } })).toEqual({
      code: 'APIGW.0301',
      message: 'Incorrect IAM authentication',
      requestId: undefined,
    });
  });

  it('reads LTS-style camelCase codes', () => {
    expect(readEnvelope({ errorCode: 'LTS.0208', errorMessage: 'log group does not exist' })).toMatchObject({
      code: 'LTS.0208',
      message: 'log group does not exist',
    });
  });

  it('returns undefined for bodies that are not envelopes', () => {
    expect(readEnvelope({ functions: [] })).toBeUndefined();
    expect(readEnvelope('text')).toBeUndefined();
    expect(readEnvelope([{ error_code: 'x' }])).toBeUndefined();
  });
});

describe('errorFromResponse', () => {
  it('prefers the X-Request-Id header over the body request id', () => {
    const error = errorFromResponse(
      404,
      'Not Found',
      new Headers({ 'x-request-id': 'header-id' }),
      JSON.stringify({ error_code: 'FSS.0404', error_msg: 'not found', request_id: 'body-id' }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'FSS.0404',
      message: 'not found',
      requestId: 'header-id',
    });
    expect(error.isClientError).toBe(true);
  });

  it('falls back to the body request id', () => {
    const error = errorFromResponse(
      500,
      '',
      noHeaders,
      '{"error_code":"FSS.0500","error_msg":"boom","request_id":"b"}',
    );
    expect(error.requestId).toBe('b');
    expect(error.isClientError).toBe(false);
  });

  it('maps an HTML error page to HTTP.<status> with the status text', () => {
    const error = errorFromResponse(502, 'Bad Gateway', noHeaders, '<html><body>Bad gateway</body></html>');
    expect(error).toMatchObject({ status: 502, code: 'HTTP.502', message: 'HTTP 502 Bad Gateway' });
  });

  it('keeps a short plain-text error body as the message', () => {
    const error = errorFromResponse(503, 'Service Unavailable', noHeaders, 'upstream overloaded');
    expect(error).toMatchObject({ code: 'HTTP.503', message: 'upstream overloaded' });
  });

  it('handles an empty body', () => {
    expect(errorFromResponse(401, '', noHeaders, '')).toMatchObject({
      code: 'HTTP.401',
      message: 'HTTP 401',
    });
  });

  it('fills a missing message from the status when only a code is present', () => {
    expect(errorFromResponse(403, 'Forbidden', noHeaders, '{"error_code":"FGC.0403"}')).toMatchObject({
      code: 'FGC.0403',
      message: 'HTTP 403 Forbidden',
    });
  });
});
