/**
 * The canonical request of SDK-HMAC-SHA256 (../shared/api/aksk-signing.md §4): URI, query and header
 * canonicalisation exactly as the official SDK does it. Pure and memoised where a client repeats itself.
 */
const UNRESERVED = /[A-Za-z0-9\-_.~]/;
const ALL_UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;
/** Characters encodeURIComponent keeps that the SDK escapes. */
const KEPT_BY_ENCODE_URI = /[!'()*]/g;

/** The SDK's urlEncode: keep A-Z a-z 0-9 - _ . ~, escape every other UTF-8 byte as upper-case %XX. */
export function urlEncode(value: string): string {
  // Every request is verified: most path segments and query values need no escaping at all, and the rest is
  // encodeURIComponent (upper-case %XX of UTF-8 bytes) plus the five characters it keeps.
  if (ALL_UNRESERVED.test(value)) return value;
  try {
    return encodeURIComponent(value).replace(
      KEPT_BY_ENCODE_URI,
      (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase(),
    );
  } catch {
    return urlEncodeBytes(value); // lone surrogates: encodeURIComponent throws, Buffer writes U+FFFD
  }
}

/** Byte-by-byte reference of urlEncode (also its fallback for strings that are not well-formed UTF-16). */
export function urlEncodeBytes(value: string): string {
  let out = '';
  for (const ch of value) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Canonical URI: each segment percent-decoded then urlEncoded, with a trailing '/'. */
export function canonicalUri(pathname: string): string {
  // A client calls the same few paths over and over (a function's invocations): a pure function, memoised.
  let uri = canonicalUris.get(pathname);
  if (uri === undefined) {
    if (canonicalUris.size >= MEMO_LIMIT) canonicalUris.clear();
    uri = computeCanonicalUri(pathname);
    canonicalUris.set(pathname, uri);
  }
  return uri;
}

/** Entries a memo keeps before it starts over (a client calls a few paths, with a few header sets). */
export const MEMO_LIMIT = 512;
const canonicalUris = new Map<string, string>();

function computeCanonicalUri(pathname: string): string {
  // Without '%' no segment decodes to anything else, and encoding the whole path then restoring the '/'
  // separators is the same as encoding each segment (a segment holds no '/').
  const encoded = pathname.includes('%')
    ? pathname
        .split('/')
        .map((segment) => urlEncode(safeDecode(segment)))
        .join('/')
    : urlEncode(pathname).replace(/%2F/g, '/');
  return encoded.endsWith('/') ? encoded : encoded + '/';
}

/** Canonical query string from a raw query (without '?'): keys by code unit, each key's values sorted. */
export function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  const groups = new Map<string, string[]>();
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' '));
    const value = eq < 0 ? '' : safeDecode(part.slice(eq + 1).replace(/\+/g, ' '));
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  const keys = [...groups.keys()].sort(compareCodeUnits);
  return keys
    .flatMap((key) =>
      (groups.get(key) ?? []).sort(compareCodeUnits).map((value) => `${urlEncode(key)}=${urlEncode(value)}`),
    )
    .join('&');
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Header lookup by lower-case name. */
export type HeaderMap = Record<string, string | undefined>;

export interface CanonicalInput {
  method: string;
  pathname: string;
  rawQuery: string;
  /** Lower-case header names → values. */
  headers: HeaderMap;
  signedHeaders: readonly string[];
  payloadHash: string;
}

export function canonicalRequest(input: CanonicalInput): string {
  let canonicalHeaders = '';
  for (const name of input.signedHeaders)
    canonicalHeaders += `${name}:${(input.headers[name] ?? '').trim()}\n`;
  return `${input.method.toUpperCase()}\n${canonicalUri(input.pathname)}\n${canonicalQuery(input.rawQuery)}\n${canonicalHeaders}\n${input.signedHeaders.join(';')}\n${input.payloadHash}`;
}
