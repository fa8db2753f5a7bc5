/**
 * The completeness rules every catalogue obeys (the frame's and each feature's): same keys in both languages, no
 * empty strings, same interpolation placeholders, and every zh-CN string translated (differs and contains Chinese).
 * Returns the problems found, for a test to assert that there are none.
 */
export function flattenCatalogue(catalogue: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue) as [string, unknown][]) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of flattenCatalogue(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) =>
  [...s.matchAll(/{{\s*(\w+)\s*}}/g)]
    .map((m) => m[1] ?? '')
    .sort()
    .join(',');

export function catalogueProblems(en: object, zh: object, sameInBoth: readonly string[] = []): string[] {
  const enFlat = flattenCatalogue(en);
  const zhFlat = flattenCatalogue(zh);
  const problems: string[] = [];
  for (const key of enFlat.keys()) if (!zhFlat.has(key)) problems.push(`${key}: missing in zh-CN`);
  for (const key of zhFlat.keys()) if (!enFlat.has(key)) problems.push(`${key}: only in zh-CN`);
  for (const [key, value] of [...enFlat, ...zhFlat]) if (value.trim() === '') problems.push(`${key}: empty`);
  for (const [key, value] of enFlat) {
    const translated = zhFlat.get(key);
    if (translated === undefined) continue;
    if (placeholders(translated) !== placeholders(value)) problems.push(`${key}: placeholders differ`);
    if (sameInBoth.includes(key)) continue;
    if (translated === value) problems.push(`${key}: not translated`);
    else if (!/[\u4e00-\u9fff]/.test(translated)) problems.push(`${key}: zh-CN has no Chinese`);
  }
  return problems;
}
