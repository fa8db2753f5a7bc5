/**
 * Environment variables as editable rows: `user_data` and `encrypted_user_data` are JSON objects serialised
 * as strings (seed 7.6.2 T7-176). Encrypted values come back masked (names only), so an encrypted row that
 * was stored and left empty means "keep the stored value".
 */
import type { FieldChange } from '../components/config-section';
import { byteLength, ENV_KEY, ENV_MAX_BYTES, ENV_MAX_KEYS } from './rules';

export interface EnvRow {
  id: number;
  key: string;
  value: string;
  encrypted: boolean;
  /** An encrypted variable already stored server-side (its value is hidden). */
  stored: boolean;
}

export type EnvError = 'key' | 'duplicate' | 'value';

function parse(json: string | undefined): Record<string, string> {
  if (!json) return {};
  try {
    const parsed = JSON.parse(json) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

let nextId = 1;
export const newRowId = () => nextId++;

export function rowsFromConfig(userData?: string, encrypted?: string): EnvRow[] {
  return [
    ...Object.entries(parse(userData)).map(([key, value]) => ({
      id: newRowId(),
      key,
      value,
      encrypted: false,
      stored: false,
    })),
    ...Object.keys(parse(encrypted)).map((key) => ({
      id: newRowId(),
      key,
      value: '',
      encrypted: true,
      stored: true,
    })),
  ];
}

export function serialise(rows: readonly EnvRow[]): { user_data: string; encrypted_user_data: string } {
  const plain = rows.filter((r) => !r.encrypted && r.key !== '');
  const secret = rows.filter((r) => r.encrypted && r.key !== '');
  return {
    user_data: plain.length ? JSON.stringify(Object.fromEntries(plain.map((r) => [r.key, r.value]))) : '',
    encrypted_user_data: secret.length
      ? JSON.stringify(Object.fromEntries(secret.map((r) => [r.key, r.value])))
      : '',
  };
}

export interface EnvValidation {
  rows: Map<number, EnvError>;
  tooMany: boolean;
  bytes: number;
  tooBig: boolean;
}

export function validateEnv(rows: readonly EnvRow[]): EnvValidation {
  const errors = new Map<number, EnvError>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!ENV_KEY.test(row.key)) errors.set(row.id, 'key');
    else if (seen.has(row.key)) errors.set(row.id, 'duplicate');
    else if (row.encrypted && !row.stored && row.value === '') errors.set(row.id, 'value');
    seen.add(row.key);
  }
  const { user_data, encrypted_user_data } = serialise(rows);
  const bytes = Math.max(byteLength(user_data), byteLength(encrypted_user_data));
  const count = Math.max(rows.filter((r) => !r.encrypted).length, rows.filter((r) => r.encrypted).length);
  return { rows: errors, tooMany: count > ENV_MAX_KEYS, bytes, tooBig: bytes > ENV_MAX_BYTES };
}

const MASK = '••••••';

export function envChanges(before: readonly EnvRow[], after: readonly EnvRow[]): FieldChange[] {
  const show = (r: EnvRow | undefined) => (r ? (r.encrypted ? MASK : r.value) : '');
  const b = new Map(before.map((r) => [r.key, r]));
  const a = new Map(after.filter((r) => r.key !== '').map((r) => [r.key, r]));
  const out: FieldChange[] = [];
  for (const [key, row] of a) {
    const old = b.get(key);
    const changed =
      !old || old.encrypted !== row.encrypted || (row.encrypted ? row.value !== '' : old.value !== row.value);
    if (changed) out.push({ field: key, from: show(old), to: show(row) });
  }
  for (const [key, row] of b) if (!a.has(key)) out.push({ field: key, from: show(row), to: '' });
  return out;
}
