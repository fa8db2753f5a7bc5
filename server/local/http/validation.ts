/**
 * Request validation for the local FunctionGraph: zod schemas in, seed error codes out (api-digest §4.3,
 * "Recommended mapping"). The one place that turns zod issues into `HttpError(400, 'FSS.xxxx', ...)`.
 *
 * A refinement can name its own code (and status) with `params: { fss: 'FSS.1017', status?: 403 }`; otherwise the code comes from the
 * first issue's top-level field (FIELD_CODES, overridable per endpoint), else FSS.0400.
 *
 * @example
 * const body = await parseJsonBody(c, createFunctionSchema);
 * const query = parseQuery(c, listQuerySchema); // failures → 400 FSS.1001
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from '../../shared/errors';

/** Seed 9.2 400-codes for request fields (the messages are the table's English text). */
export const FIELD_CODES: Readonly<Record<string, string>> = {
  func_name: 'FSS.1002',
  handler: 'FSS.1003',
  package: 'FSS.1004',
  runtime: 'FSS.1005',
  code_type: 'FSS.1006',
  memory_size: 'FSS.1007',
  timeout: 'FSS.1008',
  user_data: 'FSS.1009',
  encrypted_user_data: 'FSS.1009',
  code_url: 'FSS.1010',
  func_code: 'FSS.1011',
  code_filename: 'FSS.1013',
  description: 'FSS.1019',
  xrole: 'FSS.1020',
  app_xrole: 'FSS.1020',
  depend_version_list: 'FSS.1024',
  strategy_config: 'FSS.1026',
  max_instance_num: 'FSS.1026',
  initializer_handler: 'FSS.1404',
  initializer_timeout: 'FSS.1405',
  heartbeat_handler: 'FSS.1406',
  restore_hook_handler: 'FSS.1407',
  custom_image: 'FSS.1601',
  additional_version_weights: 'FSS.1092',
  additional_version_strategy: 'FSS.1091',
};

export const SEED_MESSAGES: Readonly<Record<string, string>> = {
  'FSS.0400': 'Invalid parameter.',
  'FSS.1001': 'Invalid query parameter.',
  'FSS.1002': 'Invalid function name.',
  'FSS.1003': 'Invalid function handler.',
  'FSS.1004': 'Invalid Package (function app).',
  'FSS.1005': 'Invalid runtime.',
  'FSS.1006': 'Invalid function code entry mode.',
  'FSS.1007': 'Invalid function memory.',
  'FSS.1008': 'Invalid function timeout.',
  'FSS.1009': 'Invalid function UserData.',
  'FSS.1010': 'Invalid URL.',
  'FSS.1011': 'Invalid function code.',
  'FSS.1012': 'The function code must be configured.',
  'FSS.1013': 'Invalid file type.',
  'FSS.1014': 'Invalid function alias.',
  'FSS.1015': 'Invalid function version.',
  'FSS.1017': 'The number of environment variables exceeds the maximum allowed limit (20).',
  'FSS.1018': 'The total size of environment variables exceeds the maximum allowed limit.',
  'FSS.1019': 'The description exceeds the maximum allowed limit (512 characters).',
  'FSS.1020': 'Failed to validate XRole.',
  'FSS.1024': 'Invalid dependency.',
  'FSS.1026': 'Invalid Concurrency.',
  'FSS.1075': 'The value of UserId or GroupId must be a non-zero integer from -1 to 65534.',
  'FSS.1091': 'The additional version is invalid.',
  'FSS.1092': 'The weight of the additional version is invalid.',
  'FSS.1093': 'The major version and the additional version cannot be the same.',
  'FSS.1404': 'Invalid function initializer.',
  'FSS.1405': 'Invalid initialization timeout.',
  'FSS.1406': 'Invalid heartbeat handler.',
  'FSS.1407': 'Invalid restore hook handler.',
  'FSS.1601': 'Invalid swr image param.',
};

/** A 400 with the seed's message for `code`, followed by what exactly was wrong. */
export function badRequest(code: string, detail: string): HttpError {
  const seed = SEED_MESSAGES[code] ?? 'Invalid parameter.';
  return new HttpError(400, code, `${seed} ${detail}`.slice(0, 1000));
}

function issueCode(
  issue: z.core.$ZodIssue,
  fieldCodes: Readonly<Record<string, string>>,
): { code: string; status: number } {
  const params = (issue as { params?: { fss?: unknown; status?: unknown } }).params;
  const status = typeof params?.status === 'number' ? params.status : 400;
  if (typeof params?.fss === 'string') return { code: params.fss, status };
  const field = issue.path[0];
  return { code: (typeof field === 'string' ? fieldCodes[field] : undefined) ?? 'FSS.0400', status };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Validates `value` against `schema`; the first issue decides the FSS code. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fieldCodes: Readonly<Record<string, string>> = FIELD_CODES,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  if (!first) throw badRequest('FSS.0400', 'request body is invalid');
  const { code, status } = issueCode(first, fieldCodes);
  if (status !== 400) throw new HttpError(status, code, describeIssue(first));
  throw badRequest(code, describeIssue(first));
}

/**
 * Reads the raw body (again: the signature verifier already hashed it; Hono caches it), parses JSON and validates.
 * An empty body is `{}` (the SDK sends body-less POST/PUT with `Content-Type: application/json`).
 */
export async function parseJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  fieldCodes: Readonly<Record<string, string>> = FIELD_CODES,
): Promise<z.output<S>> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await c.req.arrayBuffer());
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest('FSS.0400', 'The request body is not valid JSON.');
    }
  }
  return validate(schema, value, { ...FIELD_CODES, ...fieldCodes });
}

/** Query parameters (single values) validated by `schema`; every failure is 400 FSS.1001 (seed 9.2). */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw badRequest('FSS.1001', first ? describeIssue(first) : 'invalid query');
}
