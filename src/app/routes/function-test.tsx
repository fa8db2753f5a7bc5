import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/test` — the Test tab (issue #6 replaces this module). */
export function FunctionTestRoute() {
  return <FunctionTabPlaceholder tab="test" />;
}
