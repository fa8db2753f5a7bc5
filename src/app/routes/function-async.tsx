import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/async` — the Async tab (issue #8 replaces this module). */
export function FunctionAsyncRoute() {
  return <FunctionTabPlaceholder tab="async" />;
}
