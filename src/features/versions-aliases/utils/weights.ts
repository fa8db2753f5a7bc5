/**
 * Alias traffic: the main version gets what the additional version does not (seed 7.7.2
 * `additional_version_weights`, 0–100, api-digest §2.9). Weights are whole percentages.
 */
export function clampWeight(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

export interface TrafficSplit {
  main: { version: string; weight: number };
  additional?: { version: string; weight: number };
}

export function splitOf(alias: {
  version: string;
  additional_version_weights?: Record<string, number>;
}): TrafficSplit {
  const entry = Object.entries(alias.additional_version_weights ?? {})[0];
  if (!entry) return { main: { version: alias.version, weight: 100 } };
  const weight = clampWeight(entry[1]);
  return {
    main: { version: alias.version, weight: 100 - weight },
    additional: { version: entry[0], weight },
  };
}

/** The `additional_version_weights` to send, or undefined when no traffic goes to another version. */
export function weightsBody(
  additional: string | undefined,
  weight: number,
): Record<string, number> | undefined {
  if (!additional) return undefined;
  return { [additional]: clampWeight(weight) };
}
