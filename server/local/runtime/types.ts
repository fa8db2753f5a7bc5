/**
 * Public interface of the local FunctionGraph runtime manager (ARCHITECTURE.md "Runtime manager").
 * The invocation endpoints build a {@link FunctionInstanceSpec} from the stored function version and call
 * `RuntimeManager.invoke(spec, options)`; everything about processes, pools and limits stays in this folder.
 *
 * @example
 * const rm = new RuntimeManager({ dataDir: settings.dataDir });
 * const out = await rm.invoke(spec, { requestId: randomUUID(), event: JSON.parse(body) });
 * // out.status === 'success' → out.result is the body string (RUNTIME-CONTRACT §1.3, §6.3)
 */
import type { CancelSignal } from './cancel';

/** Everything needed to start instances of one function version. */
export interface FunctionInstanceSpec {
  /**
   * Pool key, unique per function version (e.g. the version URN). Instances are pooled per key. Invoking
   * with a spec whose content changed under the same key (new code, memory, env, …) retires the old
   * instances and resets crash back-off.
   */
  key: string;
  /** Seed runtime enum (api-digest §2.0), e.g. `Node.js18.15`, `Python3.10`, `Java11`. */
  runtime: string;
  /** `<file>.<function>`, e.g. `index.handler`, `src/index.handler` (RUNTIME-CONTRACT §1.1). */
  handler: string;
  /** SHA-512 hex of the ZIP package; names the extracted code dir `<dataDir>/code/<digest>/`. */
  codeDigest: string;
  /** Returns the ZIP bytes; called only when the code dir is not yet extracted. */
  loadCode: () => Promise<Uint8Array> | Uint8Array;
  memoryMB: number;
  timeoutS: number;
  /** user_data: real process env vars of the function (plus the RUNTIME_* vars of RUNTIME-CONTRACT §3.1). */
  env: Record<string, string>;
  /**
   * Decrypted encrypted_user_data: readable through `context.getUserData` only, kept out of the process
   * environment (RUNTIME-CONTRACT §3.2).
   */
  encryptedEnv?: Record<string, string>;
  initializer?: { handler: string; timeoutS: number };
  /** -1 unlimited (capped at the manager's `maxInstancesPerFunction`), 0 = disabled (every call rejected). */
  maxInstances: number;
  /** concurrent_num: invocations one instance serves at once, usually 1. */
  concurrencyPerInstance: number;
  /** Instances started eagerly and kept warm (never idle-reaped). */
  reservedInstances: number;
  /** Dependency ZIPs, extracted once to `<dataDir>/deps/<digest>/` and put on NODE_PATH / sys.path. */
  dependencyZips?: { digest: string; load: () => Promise<Uint8Array> | Uint8Array }[];
  meta: {
    functionName: string;
    package: string;
    version: string;
    projectId: string;
    region: string;
    urn: string;
  };
}

export interface InvokeOptions {
  requestId: string;
  /** The already parsed JSON event. */
  event: unknown;
  /** Aborting cancels the invocation: removed from the queue, or its instance is killed (FSS.4208). */
  signal?: CancelSignal;
  /**
   * The signal fires because the caller hung up (a sync client went away), not to stop the call: a call that
   * shares its instance with other calls then runs on (within its timeout) and is answered canceled, instead of
   * ending them all. Unset (an explicit cancel, a stopping server), the instance is killed.
   */
  signalIsHangUp?: boolean;
  /** Alias used for the call; returned by `context.getAlias()` and shown in the log's `version:`. */
  alias?: string;
}

export type InvokeStatus =
  | 'success'
  | 'function_error'
  | 'timeout'
  | 'out_of_memory'
  | 'init_error'
  | 'rejected'
  | 'unsupported_runtime'
  | 'crashed'
  | 'canceled';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG';

/**
 * One line of the function log. `message` is the line exactly as the function log shows it: platform
 * lines (`<ts> Start invoke request '<id>', version: v`), logger lines (`<iso> <id> INFO text`), and
 * console/print output verbatim (RUNTIME-CONTRACT §2.2, §6.1). `logs.map((l) => l.message).join('\n')`
 * is the log text.
 */
export interface LogEntry {
  time: number;
  level: LogLevel;
  message: string;
}

export interface InvokeOutcome {
  status: InvokeStatus;
  /** FSS code for every non-success status (api-digest §4.3): 4001/4002/4004/4007/4009/4010/4011/4205/… */
  errorCode?: string;
  /** Success: the serialised result (string as is, else JSON). Otherwise the error JSON `{errorMessage, errorType, stackTrace}`. */
  result: string;
  logs: LogEntry[];
  durationMs: number;
  billedDurationMs: number;
  maxMemoryUsedMB: number;
  /** Load + initializer time of the instance, on cold starts only. */
  initDurationMs?: number;
  coldStart: boolean;
  /** '' when no instance served the call (rejected, unsupported, back-off). */
  instanceId: string;
}

/** Lines that belong to no invocation: reserved-instance starts, stray output, crashes of idle instances. */
export interface InstanceLogEntry extends LogEntry {
  key: string;
  instanceId: string;
  requestId?: string;
}

export interface RuntimeManagerOptions {
  dataDir: string;
  log?: (entry: InstanceLogEntry) => void;
  /** All instances of all functions; default 32. Idle instances of other functions are evicted to make room. */
  maxTotalInstances?: number;
  /** Cap for `maxInstances: -1` and above; default 16. */
  maxInstancesPerFunction?: number;
  /** How long a call may wait for a free instance before `rejected` (FSS.1429); default 10 000. */
  queueWaitMs?: number;
  /** Calls waiting per function beyond which new calls are rejected at once; default 100. */
  maxQueuedPerFunction?: number;
  /** Idle instances above the reserved count are stopped after this; default 300 000. */
  idleTimeoutMs?: number;
  /** Memory watchdog period; default 25. */
  memoryPollMs?: number;
  /** First crash-loop back-off step; doubles per consecutive failure up to 30 s; default 500. */
  backoffBaseMs?: number;
  /** How long a short call handed off behind a running one may wait to start before it goes elsewhere (hand-off.ts). */
  handOffWaitMs?: number;
  /** The python3 command to use instead of `python3` on PATH (resolved once to its absolute path). */
  pythonPath?: string;
}

export interface InstanceStats {
  id: string;
  /** Process id of the host, also its process group id. */
  pid: number | undefined;
  state: 'starting' | 'ready' | 'dead';
  active: number;
  invocations: number;
  rssMB: number;
  reserved: boolean;
  idleMs: number;
}

export interface PoolStats {
  key: string;
  instances: InstanceStats[];
  queued: number;
  consecutiveFailures: number;
  backoffUntil: number;
  /** Calls that may wait behind a running one per instance now (hand-off.ts); 0 when calls are not handed off. */
  handOffDepth: number;
}
