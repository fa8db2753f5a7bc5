import { MonitoringPanel } from '@/features/metrics/components/monitoring-panel';
import { useFunctionRef } from '@/lib/function-ref';

/** `/c/:connectionId/functions/:package/:name/monitoring` — metrics charts (issue #8). */
export function FunctionMonitoringRoute() {
  const fn = useFunctionRef();
  return <MonitoringPanel pkg={fn.package} name={fn.name} />;
}
