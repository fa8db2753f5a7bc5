import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/logs` — the Logs tab (issue #8 replaces this module). */
export function FunctionLogsRoute() {
  return <FunctionTabPlaceholder tab="logs" />;
}
