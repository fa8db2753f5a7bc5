/** Field rules of the configuration sections (seed 7.6.7 T7-251, 7.6.8, 7.11.2, 7.15.3; api-digest §5.3). */
export function intIn(value: string, min: number, max: number): boolean {
  if (!/^-?\d+$/.test(value.trim())) return false;
  const n = Number(value);
  return n >= min && n <= max;
}

export function handlerValid(runtime: string, handler: string): boolean {
  const h = handler.trim();
  if (h === '' || h.length > 128 || /\s/.test(h)) return false;
  if (runtime === 'Custom' || runtime === 'http' || runtime === 'Go1.x' || runtime === 'Custom Image')
    return true;
  return h.length >= 3 && /^[^\s.]\S*\.[^\s.]+$/.test(h);
}

/** Environment variable names (the local server's rule; the seed only says name/value pairs). */
export const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;
export const ENV_MAX_KEYS = 20;
/** api-digest §5.3: ≤ 4 KB for user_data (FSS.1018). */
export const ENV_MAX_BYTES = 4096;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
