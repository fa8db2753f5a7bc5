/**
 * SDK-HMAC-SHA256 — the one implementation of Huawei Cloud's AK/SK request signing, used by the console
 * proxy's signer and by the local FunctionGraph's verifier (../shared/api/aksk-signing.md §4–§5).
 *
 * @example
 * const added = signRequest({ method: 'GET', url: 'http://127.0.0.1:8080/v2/p/fgs/functions?maxitems=5',
 *   headers: { 'content-type': 'application/json', 'x-project-id': 'p' }, body: '', ak, sk });
 * // → { 'X-Sdk-Date': '20261128T025924Z', Authorization: 'SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…' }
 */
import crypto, { createHash, createHmac, createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalRequest, compareCodeUnits, MEMO_LIMIT } from './signing-canonical';
import type { HeaderMap } from './signing-canonical';

export const ALGORITHM = 'SDK-HMAC-SHA256';
/** sha256("") — the payload hash of a request without a body. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The real gateway rejects more than 15 minutes of clock skew (APIGW.0303). */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

// One-shot hashing (Node ≥ 20.12) skips the Hash object: every request to the local FunctionGraph is verified.
const oneShotHash = typeof crypto.hash === 'function' ? crypto.hash : undefined;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShotHash ? oneShotHash('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}

export function stringToSign(sdkDate: string, canonical: string): string {
  return [ALGORITHM, sdkDate, sha256Hex(canonical)].join('\n');
}

/**
 * HMAC-SHA256 (RFC 2104) with the key's pads prepared once: the verifier checks every request with the same SK.
 * For an ASCII key of at most 64 bytes (every AK/SK Huawei issues) it is two one-shot hashes, a quarter of
 * createHmac's cost: the inner pad is ASCII too, so `ipad + data` hashes as the same UTF-8 bytes, and the outer
 * hash runs over a buffer holding the outer pad, into which the inner digest is written.
 */
class HmacKey {
  private readonly innerPad: string | undefined;
  private readonly outer = Buffer.alloc(64 + 32);
  private readonly key: KeyObject;

  constructor(readonly secret: string) {
    const bytes = Buffer.from(secret, 'utf8');
    this.key = createSecretKey(bytes);
    if (!oneShotHash || bytes.length > 64 || bytes.length !== secret.length) return;
    const inner = Buffer.alloc(64, 0x36);
    this.outer.fill(0x5c, 0, 64);
    for (let i = 0; i < bytes.length; i++) {
      inner[i] = (inner[i] as number) ^ (bytes[i] as number);
      this.outer[i] = (this.outer[i] as number) ^ (bytes[i] as number);
    }
    this.innerPad = inner.toString('latin1');
  }

  hex(data: string): string {
    if (this.innerPad === undefined || !oneShotHash)
      return createHmac('sha256', this.key).update(data, 'utf8').digest('hex');
    this.outer.write(oneShotHash('sha256', this.innerPad + data, 'binary'), 64, 'latin1');
    return oneShotHash('sha256', this.outer, 'hex');
  }
}

let lastKey: HmacKey | undefined;

export function hmacHex(secret: string, data: string): string {
  if (lastKey?.secret !== secret) lastKey = new HmacKey(secret);
  return lastKey.hex(data);
}

/** Compares two strings in time that depends on their length only (signatures are of fixed length). */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** 20261128T025924Z ↔ Date. */
export function formatSdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function parseSdkDate(value: string): Date | undefined {
  const ms = sdkDateMs(value);
  return ms === undefined ? undefined : new Date(ms);
}

/** parseSdkDate as epoch ms. Requests signed within the same second carry the same X-Sdk-Date. */
function sdkDateMs(value: string): number | undefined {
  if (value !== lastDate.text) lastDate = { text: value, ms: computeSdkDate(value)?.getTime() };
  return lastDate.ms;
}

let lastDate: { text: string; ms: number | undefined } = { text: '', ms: undefined };

function computeSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface SignInput {
  method: string;
  /** The full upstream URL exactly as it will be sent (path and query final). */
  url: string;
  /** Headers that will be sent and signed (names in any case). Host and X-Sdk-Date are added. */
  headers: Record<string, string>;
  body: string | Uint8Array;
  ak: string;
  sk: string;
  date?: Date;
}

/**
 * Signs a request and returns the headers to add (`X-Sdk-Date`, `Authorization`). `host` is signed as
 * `new URL(url).host`, which is what Node's fetch sends (it ignores a caller-supplied Host header).
 */
export function signRequest(input: SignInput): { 'X-Sdk-Date': string; Authorization: string } {
  const url = new URL(input.url);
  const sdkDate = formatSdkDate(input.date ?? new Date());
  const headers: HeaderMap = {};
  for (const [name, value] of Object.entries(input.headers)) headers[name.toLowerCase()] = value;
  headers.host = url.host;
  headers['x-sdk-date'] = sdkDate;
  const signedHeaders = Object.keys(headers).sort(compareCodeUnits);
  const payloadHash = headers['x-sdk-content-sha256'] ?? sha256Hex(input.body);
  const canonical = canonicalRequest({
    method: input.method,
    pathname: url.pathname,
    rawQuery: url.search.slice(1),
    headers,
    signedHeaders,
    payloadHash,
  });
  const signature = hmacHex(input.sk, stringToSign(sdkDate, canonical));
  return {
    'X-Sdk-Date': sdkDate,
    Authorization: `${ALGORITHM} Access=${input.ak}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
  };
}

export interface VerifyInput {
  method: string;
  /** The raw request-target (path + query), not re-serialised. */
  rawUrl: string;
  /** Lower-case header names, as Node gives them. */
  headers: HeaderMap;
  body: Uint8Array;
  /** Returns the SK for an AK, or undefined when the AK is unknown. */
  secretFor: (ak: string) => string | undefined;
  now?: Date;
  /** Skip the clock-skew check (for fixed test vectors). */
  ignoreClock?: boolean;
}

export type VerifyResult =
  { ok: true; ak: string } | { ok: false; code: 'APIGW.0301' | 'APIGW.0303'; reason: string };

const AUTH_PATTERN =
  /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;

function fail(reason: string, code: 'APIGW.0301' | 'APIGW.0303' = 'APIGW.0301'): VerifyResult {
  return { ok: false, code, reason };
}

/** The SignedHeaders list split at ';' (a client signs the same headers on every request: memoised, read-only). */
function signedHeaderList(list: string): readonly string[] {
  let names = signedHeaderLists.get(list);
  if (names === undefined) {
    if (signedHeaderLists.size >= MEMO_LIMIT) signedHeaderLists.clear();
    names = Object.freeze(list.split(';'));
    signedHeaderLists.set(list, names);
  }
  return names;
}

const signedHeaderLists = new Map<string, readonly string[]>();

/** Verifies an SDK-HMAC-SHA256 request as §5 of aksk-signing.md says (raw body bytes, constant-time compare). */
export function verifyRequest(input: VerifyInput): VerifyResult {
  const auth = input.headers.authorization;
  if (!auth) return fail('missing Authorization header');
  const m = AUTH_PATTERN.exec(auth);
  if (!m) return fail('malformed Authorization header');
  const [, ak = '', signedList = '', signature = ''] = m;
  const sk = input.secretFor(ak);
  if (sk === undefined) return fail('unknown access key');
  const signedHeaders = signedHeaderList(signedList);
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-sdk-date')) {
    return fail('host and x-sdk-date must be signed');
  }
  for (const name of signedHeaders) {
    if (input.headers[name] === undefined) return fail(`signed header ${name} is missing`);
  }
  const sdkDate = input.headers['x-sdk-date'] ?? '';
  const dateMs = sdkDateMs(sdkDate);
  if (dateMs === undefined) return fail('malformed X-Sdk-Date', 'APIGW.0303');
  if (!input.ignoreClock) {
    const skew = Math.abs((input.now?.getTime() ?? Date.now()) - dateMs);
    if (skew > MAX_CLOCK_SKEW_MS)
      return fail('X-Sdk-Date is more than 15 minutes away from server time', 'APIGW.0303');
  }
  const q = input.rawUrl.indexOf('?');
  const pathname = q < 0 ? input.rawUrl : input.rawUrl.slice(0, q);
  const rawQuery = q < 0 ? '' : input.rawUrl.slice(q + 1);
  const payloadHash = input.headers['x-sdk-content-sha256'] ?? sha256Hex(input.body);
  const canonical = canonicalRequest({
    method: input.method,
    pathname,
    rawQuery,
    headers: input.headers,
    signedHeaders,
    payloadHash,
  });
  // AUTH_PATTERN took exactly 64 lower-case hex digits, the form hmacHex gives.
  if (!constantTimeEqual(hmacHex(sk, stringToSign(sdkDate, canonical)), signature))
    return fail('signature mismatch');
  return { ok: true, ak };
}
