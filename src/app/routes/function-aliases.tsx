import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/aliases` — the Aliases tab (issue #7 replaces this module). */
export function FunctionAliasesRoute() {
  return <FunctionTabPlaceholder tab="aliases" />;
}
