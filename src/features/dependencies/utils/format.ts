const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** seed 7.3 `last_modified` is epoch seconds; shown in the user's locale and time zone. */
export function formatEpochSeconds(seconds: number | undefined): string {
  return seconds ? formatter.format(seconds * 1000) : '—';
}
