import { VersionsTab } from '@/features/versions-aliases/components/versions-tab';
import { useFunctionRef } from '@/lib/function-ref';

/** `/c/:connectionId/functions/:package/:name/versions` — publish, list, delete and diff versions. */
export function FunctionVersionsRoute() {
  const fn = useFunctionRef();
  return <VersionsTab fn={fn} />;
}
