/** One colour per metric, the same on every page and in both themes (UI.md "Charts"). Mantine palette, shade 6. */
export const METRIC_COLORS = {
  invocations: '#228be6',
  errors: '#fa5252',
  functionErrors: '#e8590c',
  systemErrors: '#be4bdb',
  throttles: '#fab005',
  durationMin: '#40c057',
  durationAvg: '#15aabf',
  durationMax: '#7950f2',
  instances: '#228be6',
  reservedInstances: '#fd7e14',
} as const;
