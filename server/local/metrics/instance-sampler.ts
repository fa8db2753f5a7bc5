/** Samples instance counts every few seconds into the per-minute rollups (seed 7.8.3/7.8.4 concurrency_num, reserved_instance_num). */
import type { Invoker } from '../invoke/invoker';
import type { RuntimeManager } from '../runtime/runtime-manager';
import type { MetricsStore } from './metrics-store';

/** Returns the function that stops sampling. */
export function startInstanceSampler(
  runtime: RuntimeManager,
  invoker: Invoker,
  metrics: MetricsStore,
  everyMs = 5_000,
) {
  const timer = setInterval(() => {
    const now = Date.now();
    const perFunction = new Map<string, { onDemand: number; reserved: number }>();
    for (const pool of runtime.stats()) {
      const owner = invoker.poolOwner(pool.key);
      if (!owner) continue;
      const live = pool.instances.filter((i) => i.state !== 'dead');
      const reserved = live.filter((i) => i.reserved).length;
      const onDemand = live.length - reserved;
      metrics.recordInstances(owner.funcUrn, owner.version, onDemand, reserved, now);
      const total = perFunction.get(owner.funcUrn) ?? { onDemand: 0, reserved: 0 };
      total.onDemand += onDemand;
      total.reserved += reserved;
      perFunction.set(owner.funcUrn, total);
    }
    for (const [funcUrn, t] of perFunction)
      metrics.recordInstances(funcUrn, '*', t.onDemand, t.reserved, now);
  }, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
