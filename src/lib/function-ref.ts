/**
 * The function a page is about, read from the URL: `/c/:connectionId/functions/:package/:name/:tab?qualifier=…`.
 * The version or alias lives in `?qualifier=` (absent = `latest`; a version name like `v1`; an alias as `!prod`,
 * the URN's own alias marker, seed 2.1 / api-digest §3), so every tab of the detail page reads the same
 * selection without importing the functions feature.
 *
 * @example
 * const fn = useFunctionRef();
 * fgRequest(scope, `/fgs/functions/${encodeURIComponent(fn.urn)}/config`);
 */
import { useCallback } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ConnectionScope } from '@/api/client';
import { useActiveConnection } from './active-connection';

export const QUALIFIER_PARAM = 'qualifier';
export const LATEST = 'latest';

export type QualifierKind = 'latest' | 'version' | 'alias';

export interface ParsedQualifier {
  /** The URN's last field: `latest`, `v1` or `!prod`. */
  raw: string;
  kind: QualifierKind;
  /** The version or alias name without the `!`. */
  name: string;
}

export function parseQualifier(raw: string | null | undefined): ParsedQualifier {
  const value = (raw ?? '').trim();
  if (value === '' || value === LATEST) return { raw: LATEST, kind: 'latest', name: LATEST };
  if (value.startsWith('!')) return { raw: value, kind: 'alias', name: value.slice(1) };
  return { raw: value, kind: 'version', name: value };
}

export function aliasQualifier(alias: string): string {
  return `!${alias}`;
}

export interface UrnScope {
  region: string;
  projectId: string;
}

/** `urn:fss:<region>:<project>:function:<package>:<name>[:<qualifier>]` (seed 2.1 L395-L415). */
export function functionUrn(scope: UrnScope, pkg: string, name: string, qualifier?: string): string {
  const base = `urn:fss:${scope.region}:${scope.projectId}:function:${pkg}:${name}`;
  return qualifier === undefined ? base : `${base}:${qualifier}`;
}

/** Splits a URN back into package, name and qualifier (7 or 8 colon-separated fields). */
export function parseFunctionUrn(urn: string): { package: string; name: string; qualifier?: string } | null {
  const fields = urn.split(':');
  if ((fields.length !== 7 && fields.length !== 8) || fields[0] !== 'urn' || fields[4] !== 'function')
    return null;
  const out = { package: fields[5] ?? '', name: fields[6] ?? '' };
  return fields.length === 8 ? { ...out, qualifier: fields[7] ?? '' } : out;
}

/**
 * The URN of the whole function: `urn` without its qualifier, if it has one. Versions, aliases, tags and
 * triggers belong to the function, so their reads take this form whichever URN a page starts from.
 */
export function unqualifiedUrnOf(urn: string): string {
  const fields = urn.split(':');
  return fields.length === 8 ? fields.slice(0, 7).join(':') : urn;
}

/** The URN of one version or alias: an unqualified URN means `latest` (api-digest §3, the 7-field form). */
export function qualifiedUrnOf(urn: string): string {
  return urn.split(':').length === 7 ? `${urn}:${LATEST}` : urn;
}

/**
 * The qualifier in the URL and a setter that keeps the path and the rest of the query string. (Not
 * `setSearchParams`: called from a layout route it resolves "?…" against the layout's path, which would drop
 * the tab segment.)
 */
export function useFunctionQualifier(): ParsedQualifier & { setQualifier: (raw: string) => void } {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = parseQualifier(params.get(QUALIFIER_PARAM));
  const { pathname, search } = location;
  const setQualifier = useCallback(
    (raw: string) => {
      const next = new URLSearchParams(search);
      if (parseQualifier(raw).kind === 'latest') next.delete(QUALIFIER_PARAM);
      else next.set(QUALIFIER_PARAM, raw);
      const query = next.toString();
      void navigate({ pathname, search: query ? `?${query}` : '' }, { replace: true });
    },
    [navigate, pathname, search],
  );
  return { ...parsed, setQualifier };
}

export interface FunctionRef {
  connectionId: string;
  package: string;
  name: string;
  qualifier: ParsedQualifier;
  /** The URN with the selected qualifier (`…:latest`, `…:v1`, `…:!prod`). */
  urn: string;
  /** The URN without a qualifier: the whole function (delete, pin, triggers list). */
  unqualifiedUrn: string;
}

/** The function of the current detail page (package, name and qualifier from the URL). */
export function useFunctionRef(): FunctionRef {
  const connection = useActiveConnection();
  const { package: pkg = '', name = '' } = useParams();
  const [params] = useSearchParams();
  const qualifier = parseQualifier(params.get(QUALIFIER_PARAM));
  return {
    connectionId: connection.id,
    package: pkg,
    name,
    qualifier,
    urn: functionUrn(connection, pkg, name, qualifier.raw),
    unqualifiedUrn: functionUrn(connection, pkg, name),
  };
}

/**
 * Query keys of a function's data, shared so any feature can invalidate what a change made stale (e.g. a code
 * deploy refreshes the detail header) without importing another feature's key factory, and so the reads that
 * several features make (config, versions, aliases: src/lib/function-api) have one cache entry each. URNs are
 * normalised first: the key is the same whichever form of the URN the caller holds.
 */
export const functionQueryRoots = {
  all: (connectionId: string) => ['functions', connectionId] as const,
  function: (connectionId: string, pkg: string, name: string) =>
    ['functions', connectionId, 'function', pkg, name] as const,
  /** Everything about the function `urn` names (any qualifier). */
  functionOf: (connectionId: string, urn: string) => {
    const fn = parseFunctionUrn(urn);
    return functionQueryRoots.function(connectionId, fn?.package ?? '', fn?.name ?? '');
  },
  /** seed 7.6.6 `GET F/config` of one version/alias (`urn` carries the qualifier; none = `latest`). */
  config: (scope: ConnectionScope, urn: string) => functionRead(scope, urn, 'config', qualifiedUrnOf(urn)),
  /** seed 7.7.6 `GET F/versions`: the function's versions, whatever qualifier `urn` carries. */
  versions: (scope: ConnectionScope, urn: string) =>
    functionRead(scope, urn, 'versions', unqualifiedUrnOf(urn)),
  /** seed 7.7.1 `GET F/aliases`: the function's aliases, whatever qualifier `urn` carries. */
  aliases: (scope: ConnectionScope, urn: string) =>
    functionRead(scope, urn, 'aliases', unqualifiedUrnOf(urn)),
};

/** The key of one read under the function's root, by the URN in the form the endpoint takes. */
function functionRead(scope: ConnectionScope, urn: string, what: string, normalisedUrn: string) {
  return [
    ...functionQueryRoots.functionOf(scope.connectionId, urn),
    what,
    scope.projectId,
    normalisedUrn,
  ] as const;
}
