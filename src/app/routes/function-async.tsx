import { AsyncPanel } from '@/features/async/components/async-panel';
import { useFunctionRef } from '@/lib/function-ref';

/** `/c/:connectionId/functions/:package/:name/async` — async invocation records and stop (issue #8). */
export function FunctionAsyncRoute() {
  const fn = useFunctionRef();
  return <AsyncPanel pkg={fn.package} name={fn.name} />;
}
