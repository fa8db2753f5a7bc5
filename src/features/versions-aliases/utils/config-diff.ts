/**
 * Field-by-field comparison of two versions' configuration (seed 7.6.6 answer). Identity and bookkeeping fields
 * differ between any two versions by construction, so they are left out; environment variables (`user_data`, a
 * JSON string) are compared per variable.
 */
export interface ConfigRow {
  field: string;
  original: string;
  modified: string;
  changed: boolean;
}

const IGNORED = new Set([
  'func_urn',
  'func_id',
  'func_name',
  'domain_id',
  'namespace',
  'project_name',
  'package',
  'version',
  'last_modified',
  'image_name',
  'version_description',
  'func_vpc_id',
  'is_return_stream',
]);

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    out.set(prefix, JSON.stringify(value));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
}

function fields(config: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(config)) {
    if (IGNORED.has(key)) continue;
    if (key === 'user_data' && typeof value === 'string' && value.trim().startsWith('{')) {
      try {
        flatten(JSON.parse(value) as unknown, 'user_data', out);
        continue;
      } catch {
        // not JSON: compared as one string below
      }
    }
    flatten(value, key, out);
  }
  return out;
}

/** All fields of either config, changed ones first (then alphabetical). */
export function diffConfigs(
  original: Record<string, unknown>,
  modified: Record<string, unknown>,
): ConfigRow[] {
  const a = fields(original);
  const b = fields(modified);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .map((field) => {
      const left = a.get(field) ?? '';
      const right = b.get(field) ?? '';
      return { field, original: left, modified: right, changed: left !== right };
    })
    .sort((x, y) => Number(y.changed) - Number(x.changed) || x.field.localeCompare(y.field));
}
