/**
 * The lean node:http path for sync invocation (seed 7.1.1), the local FunctionGraph's hot path. A Hono request
 * costs ~0.3 ms of CPU here before any user code runs (a web Request with a ReadableStream body, an AbortSignal, a
 * Headers object per c.header(), a web Response): this path reads the node:http request directly and runs the
 * same checks in the same order as the Hono app (request id, Host, body size, AK/SK signature, project id) and
 * the same `syncInvoke` as the Hono route, so both answer alike (fast-invoke.test.ts compares them).
 *
 * It takes only the plain case — POST, no query, no percent-escapes, a Content-Length within the sync limit,
 * AK/SK (not token) auth — and returns false for anything else, which the Hono app then serves.
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

export type FastListener = (req: IncomingMessage, res: ServerResponse) => boolean;

export function createFastInvoke(
  deps: LocalDeps,
  auth: AuthOptions,
  allowedHosts: readonly string[],
  log: (line: string) => void,
): FastListener {
  return (req, res) => {
    if (req.method !== 'POST') return false;
    const m = INVOKE_PATH.exec(req.url ?? '');
    const projectId = m?.[1];
    const urn = m?.[2];
    if (projectId === undefined || urn === undefined || FUNCTION_LITERAL_SEGMENTS.has(urn)) return false;
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length < 0 || length > MAX_SYNC_BODY) return false;
    const h = req.headers;
    // set-cookie is the one header node:http gives as a list: such a request takes the general path.
    if (
      h['x-auth-token'] !== undefined ||
      h['transfer-encoding'] !== undefined ||
      h['set-cookie'] !== undefined
    )
      return false;
    void serve(req, res, { deps, auth, allowedHosts, log, projectId, urn });
    return true;
  };
}

interface Route {
  deps: LocalDeps;
  auth: AuthOptions;
  allowedHosts: readonly string[];
  log: (line: string) => void;
  projectId: string;
  urn: string;
}

async function serve(req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> {
  const requestId = randomUUID();
  let reply: PlainReply;
  try {
    reply = await answer(req, res, route, requestId);
  } catch (error) {
    reply = errorReply(error, requestId, route.log);
  }
  if (res.destroyed) return;
  const headers: Record<string, string | number> = reply.headers;
  headers['X-Request-Id'] = requestId;
  headers['content-length'] = Buffer.byteLength(reply.body);
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  requestId: string,
): Promise<PlainReply> {
  checkHost(req.headers.host, route.allowedHosts);
  const body = await readBody(req);
  // Lower-case names and string values: createFastInvoke declined the one list-valued header (set-cookie).
  const headers = req.headers as Record<string, string>;
  checkSignature(route.auth, { method: 'POST', rawUrl: req.url ?? '', headers, body });
  checkProject(route.deps, route.projectId);
  // A client that goes away cancels its invocation (the Hono route does the same with the Request's signal).
  const cancel = new CancelSource();
  res.once('close', () => {
    if (!res.writableFinished) cancel.cancel();
  });
  return syncInvoke(route.deps, { urn: route.urn, body, headers, requestId, signal: cancel });
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
