/**
 * Repeated measurement. On a shared 2-core VM a single run of a few seconds can land on a burst of CPU steal or a
 * noisy neighbour (the same build measured 6,090/s and then 5,277/s a few seconds later); the benchmarks therefore
 * measure in rounds, print every round, and report the median round, the usual aggregate for repetitions (Google
 * Benchmark's `median`) since it neither hides a slow machine (most rounds slow → slow median) nor follows a
 * single outlier.
 */

/** The round at the median of `key` (the lower middle one for an even count). */
export function medianRound<T>(rounds: readonly T[], key: (round: T) => number): T {
  if (rounds.length === 0) throw new Error('medianRound: no rounds');
  const sorted = [...rounds].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

/** Runs `measure` `count` times, one after the other. */
export async function inRounds<T>(count: number, measure: (round: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let round = 0; round < count; round++) out.push(await measure(round));
  return out;
}
