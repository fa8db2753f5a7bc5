import { AliasesTab } from '@/features/versions-aliases/components/aliases-tab';
import { useFunctionRef } from '@/lib/function-ref';

/** `/c/:connectionId/functions/:package/:name/aliases` — aliases, weighted/rule traffic, canary health. */
export function FunctionAliasesRoute() {
  const fn = useFunctionRef();
  return <AliasesTab fn={fn} />;
}
