import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/versions` — the Versions tab (issue #7 replaces this module). */
export function FunctionVersionsRoute() {
  return <FunctionTabPlaceholder tab="versions" />;
}
