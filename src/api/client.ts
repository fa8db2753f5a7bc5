/**
 * The only code in the SPA that calls `fetch` (STYLE.md rule 1). Everything goes to the console server:
 * `/api/...` for its own routes, `/api/connections/{id}/...` for the proxy, which signs and forwards to the
 * connection's FunctionGraph (`/v2/{project_id}`), LTS (`/lts/v2/{project_id}`) or, for the local connection,
 * the local extension API (`/local/v1/{project_id}`). No toasts or navigation here: failures throw ApiError.
 *
 * @example
 * const scope = { connectionId: 'local', projectId: '0123…' };
 * const list = await fgRequest<ListFunctionsResponse>(scope, '/fgs/functions', { query: { maxitems: 400 }, signal });
 */
import { ApiError, CLIENT_ERROR_CODES, errorFromResponse } from './errors';

/** The active connection and its project: every FunctionGraph call is made in one. */
export interface ConnectionScope {
  connectionId: string;
  projectId: string;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Query string parameters; `undefined` and `null` values are left out. */
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  /** Sent as JSON with `content-type: application/json`. */
  json?: unknown;
  /** Extra request headers (the proxy forwards only its allow-list, e.g. `x-cff-log-type`). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** How to read a 2xx body: JSON (default; empty body → undefined), text, or a Blob (downloads). */
  responseType?: 'json' | 'text' | 'blob';
}

/** A 2xx answer with the headers callers sometimes need (request id, invoke summary). */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
  requestId: string | undefined;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(raw) ? raw : [raw as QueryValue];
    for (const value of values) {
      if (value !== undefined && value !== null) params.append(key, String(value));
    }
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

async function readBody(response: Response, responseType: RequestOptions['responseType']): Promise<unknown> {
  if (responseType === 'blob') return response.blob();
  const text = await response.text();
  if (responseType === 'text') return text;
  if (response.status === 204 || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.badResponse,
      message: `Expected JSON but the server answered ${response.headers.get('content-type') ?? 'without a content type'}`,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
}

/** A request to the console server, full response. Throws ApiError; an abort rejects with the AbortError. */
export async function apiRequestRaw<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: options.signal ?? null,
      credentials: 'same-origin',
    });
  } catch (error) {
    // TanStack Query treats an AbortError as a cancellation, not a failure: keep it as it is.
    if (isAbort(error) || options.signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      code: CLIENT_ERROR_CODES.network,
      message: `Cannot reach the console server (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, response.statusText, response.headers, await response.text());
  }
  const data = (await readBody(response, options.responseType)) as T;
  return {
    data,
    status: response.status,
    headers: response.headers,
    requestId: response.headers.get('x-request-id') ?? response.headers.get('x-cff-request-id') ?? undefined,
  };
}

/** A request to the console server's own API (`/api/...`); resolves to the body. */
export async function apiRequest<T>(path: string, options?: RequestOptions): Promise<T> {
  return (await apiRequestRaw<T>(path, options)).data;
}

const enc = encodeURIComponent;

/** `/api/connections/{id}` + `/v2/{project_id}`: the FunctionGraph API through the proxy. */
export function fgPath(scope: ConnectionScope, path: string): string {
  return `/api/connections/${enc(scope.connectionId)}/v2/${enc(scope.projectId)}${path}`;
}

/** `/api/connections/{id}/lts/v2/{project_id}`: the LTS log query API through the proxy. */
export function ltsPath(scope: ConnectionScope, path: string): string {
  return `/api/connections/${enc(scope.connectionId)}/lts/v2/${enc(scope.projectId)}${path}`;
}

/** `/api/connections/{id}/local/v1/{project_id}`: the local FunctionGraph's extension API (local only). */
export function localPath(scope: ConnectionScope, path: string): string {
  return `/api/connections/${enc(scope.connectionId)}/local/v1/${enc(scope.projectId)}${path}`;
}

/** A FunctionGraph API call in the scope's connection and project; `path` starts after the project id. */
export function fgRequest<T>(scope: ConnectionScope, path: string, options?: RequestOptions): Promise<T> {
  return apiRequest<T>(fgPath(scope, path), options);
}

/** Like fgRequest, with status and headers (request id, `x-cff-*` invocation headers). */
export function fgRequestRaw<T>(
  scope: ConnectionScope,
  path: string,
  options?: RequestOptions,
): Promise<ApiResponse<T>> {
  return apiRequestRaw<T>(fgPath(scope, path), options);
}

export function ltsRequest<T>(scope: ConnectionScope, path: string, options?: RequestOptions): Promise<T> {
  return apiRequest<T>(ltsPath(scope, path), options);
}

export function localRequest<T>(scope: ConnectionScope, path: string, options?: RequestOptions): Promise<T> {
  return apiRequest<T>(localPath(scope, path), options);
}
