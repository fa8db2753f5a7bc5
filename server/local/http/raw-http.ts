/**
 * The HTTP/1.1 reading and writing of the raw lane (raw-lane.ts): a strict reader of request heads, which returns
 * undefined for anything it cannot read without doubt (node:http then reads it), and the response writer.
 */
import { STATUS_CODES } from 'node:http';
import type { FastReply, RequestHead } from './fast-invoke';

/** node:http's default --max-http-header-size: a longer head goes to node:http, which answers 431. */
export const MAX_HEAD_BYTES = 16 * 1024;
export const HEAD_END = Buffer.from('\r\n\r\n');
const REQUEST_LINE = /^([A-Z]+) (\/[!-~]*) HTTP\/1\.1$/;
const DECIMAL = /^\d{1,10}$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/**
 * Tab, visible ASCII and space, and CR/LF between lines: a head with obs-text or control characters is left to
 * node:http. (Regular expressions beat a character loop in V8 here, ~1 ns against ~4 ns a character.)
 */
const HEAD_CHARACTERS = /^[\t\r\n\x20-\x7e]*$/;

export interface LaneHead extends RequestHead {
  headers: Record<string, string>;
  /** The body's length in bytes (0 without Content-Length). */
  length: number;
  /** `Connection: close`: the connection ends after this request's answer. */
  close: boolean;
}

/**
 * A complete request head (the text before its blank line, latin1-decoded), or undefined when the lane should
 * leave it to node:http.
 */
export function parseHead(text: string): LaneHead | undefined {
  if (!HEAD_CHARACTERS.test(text)) return undefined;
  let end = text.indexOf('\r\n');
  if (end < 0) end = text.length;
  const start = REQUEST_LINE.exec(text.slice(0, end));
  if (!start) return undefined;
  const headers: Record<string, string> = {};
  for (let at = end + 2; at < text.length; at = end + 2) {
    end = text.indexOf('\r\n', at);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', at);
    if (colon <= at || colon > end) return undefined;
    // CR and LF come only in pairs, between lines: the line's first CR or LF is its end.
    const cr = text.indexOf('\r', at);
    const lf = text.indexOf('\n', at);
    if ((cr !== -1 && cr < end) || (lf !== -1 && lf <= end)) return undefined;
    const name = text.slice(at, colon);
    if (!TOKEN.test(name)) return undefined;
    let from = colon + 1;
    let to = end;
    while (from < to && isBlank(text.charCodeAt(from))) from++;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    const key = name.toLowerCase();
    const value = text.slice(from, to);
    // Also declines names an object already has (`constructor`, `__proto__`): node:http takes those.
    if (headers[key] !== undefined) return undefined;
    headers[key] = value;
  }
  const connection = headers.connection?.toLowerCase() ?? 'keep-alive';
  if (
    headers['transfer-encoding'] !== undefined ||
    headers.expect !== undefined ||
    headers.upgrade !== undefined ||
    (connection !== 'keep-alive' && connection !== 'close')
  )
    return undefined;
  const length = headers['content-length'];
  if (length !== undefined && !DECIMAL.test(length)) return undefined;
  return {
    method: start[1] as string,
    url: start[2] as string,
    headers,
    length: Number(length ?? 0),
    close: connection === 'close',
  };
}

/** A response header value: tab and visible ASCII with spaces. */
const FIELD_VALUE = /^[\t\x20-\x7e]*$/;

const isBlank = (code: number) => code === 0x20 || code === 0x09;

let dateSecond = -1;
let dateText = '';

/** The Date header, computed once a second as node:http does. */
function httpDate(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

/** The whole response as one string: a status line, the reply's headers, node:http's keep-alive headers, the body. */
export function responseText(reply: FastReply, keepAliveMs: number, close = false): string {
  let text = `HTTP/1.1 ${String(reply.status)} ${STATUS_CODES[reply.status] ?? 'Unknown'}\r\n`;
  for (const name in reply.headers) {
    const value = String(reply.headers[name]);
    if (!TOKEN.test(name) || !FIELD_VALUE.test(value)) {
      throw new Error(`invalid response header ${JSON.stringify(name)}`);
    }
    text += `${name}: ${value}\r\n`;
  }
  text += `Date: ${httpDate()}\r\nConnection: ${close ? 'close' : 'keep-alive'}\r\n`;
  if (keepAliveMs > 0) text += `Keep-Alive: timeout=${String(Math.floor(keepAliveMs / 1000))}\r\n`;
  return `${text}\r\n${reply.body}`;
}
