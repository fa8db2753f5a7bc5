/**
 * Child process for the crash-safety test: the local FunctionGraph from FG_* variables, printing `PORT=<n>` once
 * it listens (FG_LOCAL_PORT=0 picks a free port). Killed with SIGKILL by the test, so it has no shutdown path.
 */
import { startLocalFunctionGraph } from '../server';
import { resolveLocalSettings } from '../settings';

const fg = await startLocalFunctionGraph(resolveLocalSettings(), () => undefined);
process.stdout.write(`PORT=${String(fg.port)}\n`);
