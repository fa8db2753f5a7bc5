/**
 * Test event content is base64 of a JSON string (seed 7.4.2: `{"k":"v"}` → `eyJrIjoidiJ9`), UTF-8 encoded.
 * Limit: 4 KB of event data (403 FSS.1069).
 */
export const EVENT_LIMIT_BYTES = 4 * 1024;
export const MAX_EVENTS = 10;
/** seed 7.4.2 name rule; 25 characters as in the Huawei console. */
export const EVENT_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,24}$/;

export function encodeEventContent(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeEventContent(base64: string): string {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export type EventBodyProblem = 'invalidJson' | 'tooLarge';

/** Why the text cannot be an event body, or undefined. */
export function eventBodyProblem(text: string): EventBodyProblem | undefined {
  try {
    JSON.parse(text);
  } catch {
    return 'invalidJson';
  }
  return new TextEncoder().encode(text).byteLength > EVENT_LIMIT_BYTES ? 'tooLarge' : undefined;
}
