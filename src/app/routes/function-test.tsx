import { TestPanel } from '@/features/test-events/components/test-panel';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { useFunctionRef } from '@/lib/function-ref';
import { paths } from '@/lib/paths';

/** `/c/:connectionId/functions/:package/:name/test` — test events and invocations of the selected version. */
export function FunctionTestRoute() {
  const fn = useFunctionRef();
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  return (
    <TestPanel
      scope={scope}
      unqualifiedUrn={fn.unqualifiedUrn}
      isLocal={connection.kind === 'local'}
      initialQualifier={fn.qualifier.raw}
      logsHref={(id) =>
        `${paths.function(fn.connectionId, fn.package, fn.name, 'logs')}?requestId=${encodeURIComponent(id)}`
      }
    />
  );
}
