import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/monitoring` — the Monitoring tab (issue #8 replaces this module). */
export function FunctionMonitoringRoute() {
  return <FunctionTabPlaceholder tab="monitoring" />;
}
