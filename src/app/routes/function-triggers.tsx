import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/triggers` — the Triggers tab (issue #7 replaces this module). */
export function FunctionTriggersRoute() {
  return <FunctionTabPlaceholder tab="triggers" />;
}
