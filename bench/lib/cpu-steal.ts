/**
 * The share of CPU time the hypervisor gave to other guests while a measurement ran ("steal", /proc/stat). On a
 * shared VM it comes and goes from minute to minute, and tail latencies follow it: the benchmarks print it beside
 * their figures so that a reader can tell a slow run from a slow machine. NaN where /proc/stat does not exist.
 */
import fs from 'node:fs';

function cpuTimes(): number[] | undefined {
  try {
    const first = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    return first.trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return undefined;
  }
}

/** Starts a meter; calling the result gives the steal share (%) of all CPU time since. */
export function stealMeter(): () => number {
  const before = cpuTimes();
  return () => {
    const after = cpuTimes();
    if (!before || !after) return NaN;
    const delta = after.map((v, i) => v - (before[i] ?? 0));
    const total = delta.reduce((a, b) => a + b, 0);
    // Fields: user nice system idle iowait irq softirq steal guest guest_nice (steal is the 8th).
    return total > 0 ? (100 * (delta[7] ?? 0)) / total : NaN;
  };
}
