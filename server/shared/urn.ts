/**
 * Function URNs ("funcurn", seed 2.1 L395-L415):
 * `urn:fss:<region_id>:<project_id>:function:<package>:<function_name>[:<version> | :!<alias>]`
 * plus the short forms accepted as API parameters (1, 2, 3, 4, 7 or 8 colon-separated fields, api-digest §3).
 *
 * @example
 * parseFunctionUrn('default:hello', { projectId: pid })
 * // → { projectId: pid, package: 'default', name: 'hello', qualifier: undefined }
 * formatFunctionUrn({ region: 'local-1', projectId: pid, package: 'default', name: 'hello' }, '!prod')
 * // → 'urn:fss:local-1:<pid>:function:default:hello:!prod'
 */
import { HttpError } from './errors';

export const FUNCTION_NAME_PATTERN = /^[A-Za-z]([A-Za-z0-9_-]{0,58}[A-Za-z0-9])?$/;
/** Package ("app") names: the seed gives no rule (FSS.1004); we accept what the console can show in a URN. */
export const PACKAGE_NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
/** Version names (published) and alias names share the URN's last field; `!` marks an alias. */
export const QUALIFIER_PATTERN = /^!?[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface ParsedFunctionUrn {
  projectId: string;
  /** Only known when the URN is the full 7/8-field form. */
  region?: string;
  package: string;
  name: string;
  /**
   * `undefined` for an unqualified URN (means `latest` for reads, "the whole function" for delete).
   * Otherwise the raw last field: `latest`, a version name, or `!alias` (a bare name may also be an alias,
   * api-digest §3: version if such a version exists, otherwise alias).
   */
  qualifier?: string;
}

export interface UrnContext {
  /** The project id of the caller (the token's project in the seed; the local project here). */
  projectId: string;
}

function invalid(urn: string, why: string): HttpError {
  return new HttpError(400, 'FSS.1309', `Invalid function URN "${urn.slice(0, 300)}": ${why}`);
}

export function parseFunctionUrn(urn: string, context: UrnContext): ParsedFunctionUrn {
  const fields = urn.split(':');
  let parsed: ParsedFunctionUrn;
  switch (fields.length) {
    case 1:
      parsed = { projectId: context.projectId, package: 'default', name: fields[0] ?? '' };
      break;
    case 2:
      parsed = { projectId: context.projectId, package: fields[0] ?? '', name: fields[1] ?? '' };
      break;
    case 3:
    case 4:
      parsed = { projectId: fields[0] ?? '', package: fields[1] ?? '', name: fields[2] ?? '' };
      if (fields.length === 4) parsed.qualifier = fields[3] ?? '';
      break;
    case 7:
    case 8:
      if (fields[0] !== 'urn' || fields[1] !== 'fss' || fields[4] !== 'function')
        throw invalid(urn, 'expected urn:fss:<region>:<project_id>:function:<package>:<name>[:<version>]');
      parsed = {
        projectId: fields[3] ?? '',
        region: fields[2] ?? '',
        package: fields[5] ?? '',
        name: fields[6] ?? '',
      };
      if (fields.length === 8) parsed.qualifier = fields[7] ?? '';
      break;
    default:
      throw invalid(urn, `${String(fields.length)} colon-separated fields (1, 2, 3, 4, 7 or 8 are accepted)`);
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(parsed.projectId)) throw invalid(urn, 'bad project id');
  if (!PACKAGE_NAME_PATTERN.test(parsed.package)) throw invalid(urn, 'bad package name');
  if (!FUNCTION_NAME_PATTERN.test(parsed.name)) throw invalid(urn, 'bad function name');
  if (parsed.qualifier !== undefined && !QUALIFIER_PATTERN.test(parsed.qualifier))
    throw invalid(urn, 'bad version or alias');
  return parsed;
}

export interface FunctionIdentity {
  region: string;
  projectId: string;
  package: string;
  name: string;
}

/** Unqualified 7-field URN, or 8 fields with a version (`latest`, `v1`) or `!alias` qualifier. */
export function formatFunctionUrn(fn: FunctionIdentity, qualifier?: string): string {
  const base = `urn:fss:${fn.region}:${fn.projectId}:function:${fn.package}:${fn.name}`;
  return qualifier === undefined ? base : `${base}:${qualifier}`;
}

export function formatVersionUrn(fn: FunctionIdentity, version: string): string {
  return formatFunctionUrn(fn, version);
}

export function formatAliasUrn(fn: FunctionIdentity, alias: string): string {
  return formatFunctionUrn(fn, `!${alias}`);
}
