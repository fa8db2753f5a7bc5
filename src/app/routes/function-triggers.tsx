import { TriggersTab } from '@/features/triggers/components/triggers-tab';
import { useFunctionRef } from '@/lib/function-ref';

/** `/c/:connectionId/functions/:package/:name/triggers` — the triggers of the selected version or alias. */
export function FunctionTriggersRoute() {
  const fn = useFunctionRef();
  return <TriggersTab fn={fn} />;
}
