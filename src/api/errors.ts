/**
 * The one error type the SPA sees for any failed request: HTTP status, a code (FSS.xxxx from FunctionGraph,
 * APIGW.xxxx / APIG.xxxx from the gateway, LTS.xxxx, the console server's FGC.xxxx, or one of the client codes
 * below), the message to show, and the request id to quote when asking for help.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;

  constructor(init: { status: number; code: string; message: string; requestId?: string | undefined }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
  }

  /** 4xx: the request itself is wrong; retrying the same request will not help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Codes the client invents when there is no server envelope to read one from. */
export const CLIENT_ERROR_CODES = {
  /** The network request itself failed: server down, connection refused, DNS, CORS. */
  network: 'FGC.NETWORK',
  /** The body could not be read as the JSON the caller expected. */
  badResponse: 'FGC.BAD_RESPONSE',
} as const;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface Envelope {
  code: string;
  message: string;
  requestId?: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * Reads the error envelopes the backends answer with:
 * - FunctionGraph / console / APIG: `{error_code, error_msg, request_id?}` (seed 9.1, api-digest §4.1);
 * - IAM / some gateways: `{error: {code, message}}`;
 * - LTS and async records spell it `{errorCode, errorMessage}` / `{error_code, error_message}`.
 */
export function readEnvelope(body: unknown): Envelope | undefined {
  if (!isRecord(body)) return undefined;
  const requestId = str(body.request_id) ?? str(body.requestId);
  const code = str(body.error_code) ?? str(body.errorCode);
  const message =
    str(body.error_msg) ?? str(body.error_message) ?? str(body.errorMessage) ?? str(body.errorMsg);
  if (code ?? message) return { code: code ?? '', message: message ?? '', requestId };
  if (isRecord(body.error)) {
    const nested = body.error;
    const nestedCode =
      str(nested.code) ?? (typeof nested.code === 'number' ? String(nested.code) : undefined);
    const nestedMessage = str(nested.message);
    if (nestedCode ?? nestedMessage) {
      return {
        code: nestedCode ?? '',
        message: nestedMessage ?? '',
        requestId: requestId ?? str(nested.request_id),
      };
    }
  }
  return undefined;
}

/** The text to show when a non-JSON error body says nothing useful (an HTML error page, empty body). */
function summariseText(text: string, status: number, statusText: string): string {
  const trimmed = text.trim();
  if (trimmed.length > 0 && trimmed.length <= 300 && !trimmed.startsWith('<')) return trimmed;
  return statusText ? `HTTP ${status} ${statusText}` : `HTTP ${status}`;
}

/**
 * Turns a non-2xx response (status, headers and the raw body text) into an ApiError.
 * The request id comes from `X-Request-Id` (FunctionGraph, the console), else `X-Cff-Request-Id`, else the body.
 */
export function errorFromResponse(
  status: number,
  statusText: string,
  headers: Headers,
  text: string,
): ApiError {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const envelope = readEnvelope(body);
  const headerId = headers.get('x-request-id') ?? headers.get('x-cff-request-id') ?? undefined;
  return new ApiError({
    status,
    code: envelope?.code || `HTTP.${status}`,
    message: envelope?.message || summariseText(envelope ? '' : text, status, statusText),
    requestId: headerId ?? envelope?.requestId,
  });
}
