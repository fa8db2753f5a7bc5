/**
 * `last_modified` arrives as `2019-10-25 15:37:27` or ISO-8601 with an offset (api-digest §2.3); both are
 * parsed, and shown in the user's locale and time zone.
 */
export function parseModified(value: string | undefined): number {
  if (!value) return 0;
  // `YYYY-MM-DD hh…` (a space at index 10) becomes ISO; checked by position, as this runs for every row.
  const iso =
    value.charCodeAt(10) === 32 && /^\d{4}-\d{2}-\d{2} \d/.test(value) ? value.replace(' ', 'T') : value;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatModified(value: string | undefined): string {
  const ms = parseModified(value);
  return ms === 0 ? (value ?? '—') : formatter.format(ms);
}
