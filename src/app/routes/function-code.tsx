import { FunctionTabPlaceholder } from './function-tab-placeholder';

/** `/c/:connectionId/functions/:package/:name/code` — the Code tab (issue #6 replaces this module). */
export function FunctionCodeRoute() {
  return <FunctionTabPlaceholder tab="code" />;
}
