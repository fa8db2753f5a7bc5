/**
 * The raw lane hands what it does not take, with the bytes it has read, to node:http; it answers in order, one
 * request at a time; a client that goes away cancels its request. The tests use a stand-in for the fast-invoke
 * path (POST /lane) and a node:http handler that says who answered, over real sockets.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CancelSource } from '../runtime/cancel';
import type { FastServe } from './fast-invoke';
import { MAX_HEAD_BYTES } from './raw-http';
import type { LaneHead } from './raw-http';
import { attachRawLane } from './raw-lane';
import type { RawLane } from './raw-lane';

describe('a connection on the lane', () => {
  let server: http.Server;
  let lane: RawLane;
  let port = 0;
  /** The requests the lane served, and their hang-up signals. */
  const served: { head: LaneHead; body: string; hangUp: CancelSource }[] = [];
  /** Requests that wait for `release()` before they are answered. */
  let held: (() => void)[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        res.end(`node ${req.method ?? ''} ${req.url ?? ''} ${Buffer.concat(chunks).toString()}`);
      });
    });
    lane = attachRawLane(
      server,
      (h): FastServe | undefined =>
        h.method === 'POST' && h.url.startsWith('/lane')
          ? async (body, hangUp) => {
              const text = Buffer.from(await body()).toString();
              served.push({ head: h, body: text, hangUp });
              if (h.url === '/lane/hold') await new Promise<void>((resolve) => held.push(resolve));
              const reply = `lane ${h.url} ${text} ✓`;
              return {
                status: 200,
                headers: { 'content-length': Buffer.byteLength(reply) },
                body: reply,
              };
            }
          : undefined,
      () => undefined,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(() => {
    for (const release of held) release();
    held = [];
    served.length = 0;
  });

  afterAll(async () => {
    lane.closeAll();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (path: string, body: string, extra = '') =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Content-Length: ${String(Buffer.byteLength(body))}\r\n\r\n${body}`;

  /** A raw client: what it sends, and the answers it has read (split by their Content-Length). */
  async function client() {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let input = Buffer.alloc(0);
    const answers: { status: number; headers: Record<string, string>; body: string }[] = [];
    let waiters: (() => void)[] = [];
    let closed = false;
    socket.on('data', (chunk: Buffer) => {
      input = Buffer.concat([input, chunk]);
      for (;;) {
        const end = input.indexOf('\r\n\r\n');
        if (end < 0) break;
        const [status = '', ...lines] = input.subarray(0, end).toString('latin1').split('\r\n');
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
        }
        const length = Number(headers['content-length'] ?? 0);
        if (input.length < end + 4 + length) break;
        answers.push({
          status: Number(status.split(' ')[1]),
          headers,
          body: input.subarray(end + 4, end + 4 + length).toString(),
        });
        input = input.subarray(end + 4 + length);
      }
      for (const wake of waiters) wake();
      waiters = [];
    });
    socket.on('close', () => {
      closed = true;
      for (const wake of waiters) wake();
    });
    socket.on('error', () => undefined);
    const until = async (done: () => boolean) => {
      while (!done()) {
        if (closed) throw new Error(`connection closed with ${String(answers.length)} answers`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    };
    return {
      socket,
      answers,
      isClosed: () => closed,
      send: (text: string) => socket.write(text),
      /** Waits for the n-th answer (1-based). */
      answer: async (n: number) => {
        await until(() => answers.length >= n);
        return answers[n - 1] as (typeof answers)[number];
      },
      closedSoon: () => until(() => false).catch(() => undefined),
    };
  }

  it('serves keep-alive requests in order, and hands the connection to node:http at the first one it does not take', async () => {
    const c = await client();
    c.send(post('/lane/a', '{"n":1}'));
    const first = await c.answer(1);
    expect(first.status).toBe(200);
    expect(first.body).toBe('lane /lane/a {"n":1} ✓');
    // Content-Length counts bytes: ✓ is three.
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
    expect(first.headers.connection).toBe('keep-alive');
    // Pipelined: two for the lane, one it declines, and one for the lane that node:http now serves.
    c.send(post('/lane/b', 'B') + post('/lane/c', 'C') + post('/other', 'D') + post('/lane/e', 'E'));
    await c.answer(5);
    expect(c.answers.slice(1).map((a) => a.body)).toEqual([
      'lane /lane/b B ✓',
      'lane /lane/c C ✓',
      'node POST /other D',
      'node POST /lane/e E',
    ]);
    expect(served.map((s) => s.head.url)).toEqual(['/lane/a', '/lane/b', '/lane/c']);
    // node:http has the connection now, not the lane.
    expect(lane.connections()).toBe(0);
    c.socket.destroy();
  });

  it('reads a request that arrives a byte at a time, and a body in many pieces', async () => {
    const c = await client();
    const body = JSON.stringify({ pad: 'x'.repeat(300_000) });
    const text = post('/lane/slow', '{"a":1}');
    for (const byte of text) {
      c.send(byte);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await c.answer(1)).body).toBe('lane /lane/slow {"a":1} ✓');
    const whole = Buffer.from(post('/lane/big', body));
    for (let at = 0; at < whole.length; at += 7_001)
      c.send(whole.subarray(at, at + 7_001).toString('latin1'));
    const big = await c.answer(2);
    expect(big.body.length).toBe(`lane /lane/big ${body} ✓`.length);
    expect(served[1]?.body).toBe(body);
    c.socket.destroy();
  });

  it.each([
    [
      'a chunked request',
      'POST /lane/x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
      200,
      'node POST /lane/x abc',
    ],
    [
      'a malformed request',
      'POST /lane/x HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      400,
      '',
    ],
    [
      'a head over the limit',
      `POST /lane/x HTTP/1.1\r\nX-Pad: ${'p'.repeat(MAX_HEAD_BYTES)}\r\n\r\n`,
      431,
      '',
    ],
  ])('leaves %s to node:http, which answers it', async (_name, text, status, body) => {
    const c = await client();
    c.send(text);
    const a = await c.answer(1);
    expect(a.status).toBe(status);
    expect(a.body).toBe(body);
    expect(served).toEqual([]);
    c.socket.destroy();
  });

  it('answers Connection: close and then ends the connection', async () => {
    const c = await client();
    c.send(post('/lane/bye', 'x', 'Connection: close\r\n') + post('/lane/never', 'y'));
    const a = await c.answer(1);
    expect(a.headers.connection).toBe('close');
    await c.closedSoon();
    expect(c.isClosed()).toBe(true);
    expect(served.map((s) => s.head.url)).toEqual(['/lane/bye']);
    // The lane lets go of it once the server side has closed too.
    for (let i = 0; i < 50 && lane.connections() > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(lane.connections()).toBe(0);
  });

  it.each([
    ['closes', (socket: net.Socket) => socket.destroy()],
    ['half-closes', (socket: net.Socket) => socket.end()],
  ])('cancels a running request when the client %s', async (_name, leave) => {
    const c = await client();
    c.send(post('/lane/hold', 'h'));
    while (served.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(served[0]?.hangUp.aborted).toBe(false);
    leave(c.socket);
    const hangUp = served[0]?.hangUp;
    await new Promise<void>((resolve) => hangUp?.addEventListener('abort', resolve));
    expect(hangUp?.aborted).toBe(true);
  });

  it('closes a connection idle past keep-alive, and hands a head still arriving to node:http', async () => {
    const keepAlive = server.keepAliveTimeout;
    server.keepAliveTimeout = 200;
    try {
      const idle = await client();
      idle.send(post('/lane/a', '1'));
      await idle.answer(1);
      await idle.closedSoon();
      expect(idle.isClosed()).toBe(true);
      const partial = await client();
      const text = post('/lane/late', '2');
      partial.send(text.slice(0, 20));
      await new Promise((resolve) => setTimeout(resolve, 400));
      partial.send(text.slice(20));
      expect((await partial.answer(1)).body).toBe('node POST /lane/late 2');
      partial.socket.destroy();
    } finally {
      server.keepAliveTimeout = keepAlive;
    }
  });

  it('hands a head that trickles in for longer than headersTimeout to node:http', async () => {
    const headersTimeout = server.headersTimeout;
    server.headersTimeout = 300;
    try {
      const c = await client();
      const text = post('/lane/trickle', '3');
      for (let at = 0; at < 8; at++) {
        c.send(text.slice(at * 3, at * 3 + 3));
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      c.send(text.slice(24));
      expect((await c.answer(1)).body).toBe('node POST /lane/trickle 3');
      c.socket.destroy();
    } finally {
      server.headersTimeout = headersTimeout;
    }
  });

  it('closeAll ends the connections the lane holds', async () => {
    const c = await client();
    c.send(post('/lane/a', '1'));
    await c.answer(1);
    lane.closeAll();
    await c.closedSoon();
    expect(c.isClosed()).toBe(true);
  });
});
