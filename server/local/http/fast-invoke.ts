/**
 * The lean path for sync invocation (seed 7.1.1), the local FunctionGraph's hot path. A Hono request costs ~0.3 ms
 * of CPU here before any user code runs (a web Request with a ReadableStream body, an AbortSignal, a Headers object
 * per c.header(), a web Response): this path runs the same checks in the same order as the Hono app (request id,
 * Host, body size, AK/SK signature, project id) and the same `syncInvoke` as the Hono route, so both answer alike
 * (fast-invoke.test.ts compares them).
 *
 * It takes only the plain case — POST, no query, no percent-escapes, a Content-Length within the sync limit,
 * AK/SK (not token) auth — and declines anything else, which the Hono app then serves. Two transports use it: the
 * raw-socket lane (raw-lane.ts), which most invocations take, and a node:http listener for the invocations that
 * arrive on a connection the raw lane has handed to node:http.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../../shared/errors';
import { checkHost } from '../app';
import { checkSignature } from '../auth';
import type { AuthOptions } from '../auth';
import type { LocalDeps } from '../deps';
import { CancelSource } from '../runtime/cancel';
import { checkProject, FUNCTION_LITERAL_SEGMENTS } from './routes';
import { MAX_SYNC_BODY, syncInvoke } from './routes-invocation';
import type { PlainReply } from './routes-invocation';

const INVOKE_PATH = /^\/v2\/([^/?%]+)\/fgs\/functions\/([^/?%]+)\/invocations$/;

/** A request's method, target and headers (lower-case names, as node:http gives them). */
export interface RequestHead {
  method: string;
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** A finished answer, with its request id and content length among the headers. */
export interface FastReply {
  status: number;
  headers: Record<string, string | number>;
  body: string;
}

/** Serves one accepted request: its body's reader, and a signal the transport fires when the client goes away. */
export type FastServe = (
  body: () => Uint8Array | Promise<Uint8Array>,
  hangUp: CancelSource,
) => Promise<FastReply>;

export interface FastInvoke {
  /** The plain case's server for this request, or undefined when it is not the plain case. */
  take: (head: RequestHead) => FastServe | undefined;
  /** The node:http listener: true when it took the request. */
  node: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export function createFastInvoke(
  deps: LocalDeps,
  auth: AuthOptions,
  allowedHosts: readonly string[],
  log: (line: string) => void,
): FastInvoke {
  const take = (head: RequestHead): FastServe | undefined => {
    if (head.method !== 'POST') return undefined;
    const m = INVOKE_PATH.exec(head.url);
    const projectId = m?.[1];
    const urn = m?.[2];
    if (projectId === undefined || urn === undefined || FUNCTION_LITERAL_SEGMENTS.has(urn)) return undefined;
    const h = head.headers;
    const length = Number(h['content-length']);
    if (!Number.isInteger(length) || length < 0 || length > MAX_SYNC_BODY) return undefined;
    // set-cookie is the one header node:http gives as a list: such a request takes the general path.
    if (
      h['x-auth-token'] !== undefined ||
      h['transfer-encoding'] !== undefined ||
      h['set-cookie'] !== undefined
    )
      return undefined;
    const route: Route = { deps, auth, allowedHosts, log, projectId, urn };
    return (body, hangUp) => serve(route, head, body, hangUp);
  };
  const node = (req: IncomingMessage, res: ServerResponse): boolean => {
    const head = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    const fast = take(head);
    if (!fast) return false;
    void nodeServe(fast, req, res);
    return true;
  };
  return { take, node };
}

async function nodeServe(fast: FastServe, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // A client that goes away cancels its invocation (the Hono route does the same with the Request's signal).
  const hangUp = new CancelSource();
  res.once('close', () => {
    if (!res.writableFinished) hangUp.cancel();
  });
  const reply = await fast(() => readBody(req), hangUp);
  if (res.destroyed) return;
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

interface Route {
  deps: LocalDeps;
  auth: AuthOptions;
  allowedHosts: readonly string[];
  log: (line: string) => void;
  projectId: string;
  urn: string;
}

async function serve(
  route: Route,
  head: RequestHead,
  body: () => Uint8Array | Promise<Uint8Array>,
  hangUp: CancelSource,
): Promise<FastReply> {
  const requestId = randomUUID();
  let reply: PlainReply;
  try {
    reply = await answer(route, head, body, hangUp, requestId);
  } catch (error) {
    reply = errorReply(error, requestId, route.log);
  }
  const headers: Record<string, string | number> = reply.headers;
  headers['X-Request-Id'] = requestId;
  headers['content-length'] = Buffer.byteLength(reply.body);
  return { status: reply.status, headers, body: reply.body };
}

async function answer(
  route: Route,
  head: RequestHead,
  readBody: () => Uint8Array | Promise<Uint8Array>,
  hangUp: CancelSource,
  requestId: string,
): Promise<PlainReply> {
  // Lower-case names and string values: `take` declined the one list-valued header (set-cookie).
  const headers = head.headers as Record<string, string>;
  checkHost(headers.host, route.allowedHosts);
  const body = await readBody();
  checkSignature(route.auth, { method: 'POST', rawUrl: head.url, headers, body });
  checkProject(route.deps, route.projectId);
  return syncInvoke(route.deps, { urn: route.urn, body, headers, requestId, signal: hangUp });
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    });
    req.once('error', reject);
  });
}

function errorReply(error: unknown, requestId: string, log: (line: string) => void): PlainReply {
  const headers = { 'content-type': 'application/json' };
  if (error instanceof HttpError) {
    return { status: error.status, headers, body: JSON.stringify(error.toEnvelope(requestId)) };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  log(`local FunctionGraph error ${requestId}: ${e.stack ?? e.message}`);
  return {
    status: 500,
    headers,
    body: JSON.stringify({
      error_code: 'FSS.0500',
      error_msg: 'Internal server error',
      request_id: requestId,
    }),
  };
}
