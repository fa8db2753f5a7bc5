/**
 * The invocation benchmark's load generator: keep-alive TCP connections with one request in flight each, the request
 * written as prebuilt bytes (re-signed once a second, so X-Sdk-Date stays fresh and every request is verified by
 * the server as usual), the answer parsed just enough to check its status and find its end. Node's http client
 * spends ~0.3 ms of CPU per request on this 2-core machine, CPU the server would then not have: wrk and autocannon
 * prebuild requests for the same reason.
 */
import net from 'node:net';
import { signRequest } from '../../server/shared/signing';

export interface LeanRequest {
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  ak: string;
  sk: string;
}

/** The request's bytes, signed anew whenever the second changes. */
export function requestBytes(req: LeanRequest): () => Buffer {
  let second = -1;
  let bytes: Buffer = Buffer.alloc(0);
  return () => {
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) {
      second = now;
      const host = `127.0.0.1:${String(req.port)}`;
      const signed = signRequest({
        method: req.method,
        url: `http://${host}${req.path}`,
        headers: req.headers,
        body: req.body,
        ak: req.ak,
        sk: req.sk,
        date: new Date(now * 1000),
      });
      const lines = [`${req.method} ${req.path} HTTP/1.1`, `host: ${host}`];
      for (const [name, value] of Object.entries({ ...req.headers, ...signed }))
        lines.push(`${name}: ${value}`);
      lines.push(`content-length: ${String(Buffer.byteLength(req.body))}`, '', '');
      bytes = Buffer.concat([Buffer.from(lines.join('\r\n')), Buffer.from(req.body)]);
    }
    return bytes;
  };
}

interface Answer {
  status: number;
  body: string;
}

/** One keep-alive connection: `send()` resolves with the next answer. */
function connect(port: number): Promise<{ send: (bytes: Buffer) => Promise<Answer>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port, noDelay: true });
    let buffered: Buffer = Buffer.alloc(0);
    let waiting: ((a: Answer) => void) | undefined;
    let failed: ((e: Error) => void) | undefined;
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      const headEnd = buffered.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const head = buffered.toString('latin1', 0, headEnd);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? NaN);
      if (!Number.isFinite(length)) {
        failed?.(new Error(`answer without Content-Length: ${head}`));
        return;
      }
      if (buffered.length < headEnd + 4 + length) return;
      const answer = {
        status: Number(head.slice(9, 12)),
        body: buffered.toString('utf8', headEnd + 4, headEnd + 4 + length),
      };
      buffered = buffered.subarray(headEnd + 4 + length);
      const done = waiting;
      waiting = undefined;
      done?.(answer);
    });
    socket.on('error', (e) => {
      failed?.(e);
      reject(e);
    });
    socket.once('connect', () => {
      resolve({
        send: (bytes) =>
          new Promise<Answer>((res, rej) => {
            waiting = res;
            failed = rej;
            socket.write(bytes);
          }),
        close: () => socket.destroy(),
      });
    });
  });
}

/**
 * `total` requests over `connections` connections, each sending its next request when the previous answer is in.
 * Every answer must pass `check`. Returns each request's latency (ms) and the wall time of the whole run.
 */
export async function closedLoopLean(
  req: LeanRequest,
  connections: number,
  total: number,
  check: (a: Answer) => void,
): Promise<{ samples: number[]; seconds: number }> {
  const bytes = requestBytes(req);
  const sockets = await Promise.all(Array.from({ length: connections }, () => connect(req.port)));
  const samples: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  try {
    await Promise.all(
      sockets.map(async (s) => {
        while (next < total) {
          next++;
          const t = process.hrtime.bigint();
          check(await s.send(bytes()));
          samples.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      }),
    );
  } finally {
    for (const s of sockets) s.close();
  }
  return { samples, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
