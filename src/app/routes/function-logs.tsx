import { FunctionLogs } from '@/features/logs/components/function-logs';
import { useFunctionRef } from '@/lib/function-ref';

/** `/c/:connectionId/functions/:package/:name/logs` — the function's logs; `?requestId=` opens a request (issue #8). */
export function FunctionLogsRoute() {
  const fn = useFunctionRef();
  return <FunctionLogs pkg={fn.package} name={fn.name} />;
}
