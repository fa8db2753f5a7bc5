/**
 * Changed lines between two texts (LCS over lines), for the readable list beside Monaco's diff editor and for
 * tests. Large files (over MAX_LINES either side) are not compared line by line.
 */
export interface ChangedLine {
  kind: 'removed' | 'added';
  /** 1-based line number in the original (removed) or the modified (added) text. */
  line: number;
  text: string;
}

export const MAX_LINES = 3000;

export function changedLines(original: string, modified: string): ChangedLine[] | null {
  const a = original === '' ? [] : original.split('\n');
  const b = modified === '' ? [] : modified.split('\n');
  if (a.length > MAX_LINES || b.length > MAX_LINES) return null;
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = lcs[i] as Uint32Array;
    const below = lcs[i + 1] as Uint32Array;
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: ChangedLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      // Removed lines first within a change, like unified diffs.
      out.push({ kind: 'removed', line: i + 1, text: a[i] ?? '' });
      i += 1;
    } else {
      out.push({ kind: 'added', line: j + 1, text: b[j] ?? '' });
      j += 1;
    }
  }
  return out;
}
