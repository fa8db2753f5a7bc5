/**
 * The raw lane's reader takes only heads it can read without doubt (anything else is node:http's), and its writer
 * writes what node:http would, refusing a header that would split the response.
 */
import { describe, expect, it } from 'vitest';
import { parseHead, responseText } from './raw-http';

const HEAD = [
  'POST /v2/p/fgs/functions/urn/invocations HTTP/1.1',
  'Host: 127.0.0.1:8000',
  'Content-Type:  application/json ',
  'X-Sdk-Date: 20261128T000000Z',
  'Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host, Signature=ab',
  'Content-Length: 12',
];

const head = (...lines: string[]) => [...HEAD, ...lines].join('\r\n');

describe('parseHead', () => {
  it('reads a plain head: method, target, lower-case names, trimmed values, body length', () => {
    expect(parseHead(head())).toEqual({
      method: 'POST',
      url: '/v2/p/fgs/functions/urn/invocations',
      headers: {
        host: '127.0.0.1:8000',
        'content-type': 'application/json',
        'x-sdk-date': '20261128T000000Z',
        authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host, Signature=ab',
        'content-length': '12',
      },
      length: 12,
      close: false,
    });
    expect(parseHead(head('Connection: Keep-Alive'))?.close).toBe(false);
    expect(parseHead(head('Connection: close'))?.close).toBe(true);
    expect(parseHead('POST /x HTTP/1.1\r\nHost: a')?.length).toBe(0);
  });

  it.each([
    ['HTTP/1.0', 'POST /x HTTP/1.0\r\nHost: a'],
    ['an absolute-form target', 'POST http://a/x HTTP/1.1\r\nHost: a'],
    ['a space in the target', 'POST /x y HTTP/1.1\r\nHost: a'],
    ['a lower-case method', 'post /x HTTP/1.1\r\nHost: a'],
    ['a header twice', head('Content-Length: 12')],
    ['a header twice in other case', head('host: evil')],
    ['Transfer-Encoding', head('Transfer-Encoding: chunked')],
    ['Expect', head('Expect: 100-continue')],
    ['Upgrade', head('Upgrade: websocket')],
    ['another Connection option', head('Connection: upgrade')],
    ['a signed Content-Length', 'POST /x HTTP/1.1\r\nContent-Length: +12'],
    ['a list as Content-Length', 'POST /x HTTP/1.1\r\nContent-Length: 12, 12'],
    ['obs-text in a value', head('X-Name: caf\u00e9')],
    ['a control character in a value', head('X-Name: a\u0001b')],
    ['a bare LF in a value', head('X-Name: a\nb')],
    ['a bare CR in a value', head('X-Name: a\rb')],
    ['a bare LF ending the last line', `${head()}\n`],
    ['a space before the colon', head('X-Name : a')],
    ['a folded line', head('X-Name: a', ' b')],
    ['an empty name', head(': a')],
    ['a line without a colon', head('X-Name')],
    ['a name an object already has', head('constructor: x')],
  ])('leaves %s to node:http', (_name, text) => {
    expect(parseHead(text)).toBeUndefined();
  });
});

describe('responseText', () => {
  it('writes node:http’s keep-alive headers, or Connection: close', () => {
    const reply = { status: 404, headers: { 'content-length': 2, 'X-Request-Id': 'r' }, body: 'no' };
    expect(responseText(reply, 5000)).toMatch(
      /^HTTP\/1\.1 404 Not Found\r\ncontent-length: 2\r\nX-Request-Id: r\r\nDate: [^\r]+ GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nno$/,
    );
    expect(responseText(reply, 0, true)).toMatch(/\r\nConnection: close\r\n\r\nno$/);
  });

  it('refuses a header value that would split the response', () => {
    const reply = { status: 200, headers: { 'X-Evil': 'a\r\nSet-Cookie: x' }, body: '' };
    expect(() => responseText(reply, 5000)).toThrow(/invalid response header/);
  });
});
