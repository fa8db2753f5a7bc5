/**
 * Test harness: a real local FunctionGraph on 127.0.0.1 (ephemeral port, temp data dir, no demo data) and the
 * official Huawei SDK client pointed at it, plus a signed raw-HTTP helper for what the SDK lacks (LTS, extensions).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { signRequest } from '../../shared/signing';
import type { ExecutionOptions } from '../execution';
import { startLocalFunctionGraph } from '../server';
import type { RunningLocalFunctionGraph } from '../server';
import { resolveLocalSettings } from '../settings';

const require = createRequire(import.meta.url);

/** The SDK's client: every operation takes a plain request object with wire names and resolves to the JSON body. */
/** The 92 operations of FunctionGraphClient 3.1.211 (aksk-signing.md §7). */
export type SdkOperation =
  | 'asyncInvokeFunction'
  | 'batchDeleteFunctionTriggers'
  | 'batchDeleteWorkflows'
  | 'cancelAsyncInvocation'
  | 'createCallbackWorkflow'
  | 'createDependencyVersion'
  | 'createEvent'
  | 'createFunction'
  | 'createFunctionApp'
  | 'createFunctionTrigger'
  | 'createFunctionVersion'
  | 'createTags'
  | 'createVersionAlias'
  | 'createVpcEndpoint'
  | 'createWorkflow'
  | 'deleteDependencyVersion'
  | 'deleteEvent'
  | 'deleteFunction'
  | 'deleteFunctionApp'
  | 'deleteFunctionAsyncInvokeConfig'
  | 'deleteFunctionTrigger'
  | 'deleteTags'
  | 'deleteVersionAlias'
  | 'deleteVpcEndpoint'
  | 'enableAsyncStatusLog'
  | 'enableLtsLogs'
  | 'exportFunction'
  | 'importFunction'
  | 'invokeFunction'
  | 'listActiveAsyncInvocations'
  | 'listAppTemplates'
  | 'listAsyncInvocations'
  | 'listBridgeFunctions'
  | 'listBridgeVersions'
  | 'listDependencies'
  | 'listDependencyVersion'
  | 'listEvents'
  | 'listFunctionApplications'
  | 'listFunctionAsMetric'
  | 'listFunctionAsyncInvokeConfig'
  | 'listFunctionReservedInstances'
  | 'listFunctionStatistics'
  | 'listFunctionTags'
  | 'listFunctionTemplate'
  | 'listFunctionTriggers'
  | 'listFunctionVersions'
  | 'listFunctions'
  | 'listQuotas'
  | 'listReservedInstanceConfigs'
  | 'listStatistics'
  | 'listVersionAliases'
  | 'listWorkflow'
  | 'listWorkflowExecutions'
  | 'retryWorkFlow'
  | 'showAppTemplate'
  | 'showDependencyVersion'
  | 'showEvent'
  | 'showFuncReservedInstanceMetrics'
  | 'showFuncSnapshotState'
  | 'showFunctionApp'
  | 'showFunctionAsyncInvokeConfig'
  | 'showFunctionCode'
  | 'showFunctionConfig'
  | 'showFunctionMetrics'
  | 'showFunctionTemplate'
  | 'showFunctionTrigger'
  | 'showLtsLogDetails'
  | 'showProjectAsyncStatusLogInfo'
  | 'showProjectTagsList'
  | 'showResInstanceInfo'
  | 'showTenantMetric'
  | 'showTracing'
  | 'showVersionAlias'
  | 'showWorkFlow'
  | 'showWorkFlowMetric'
  | 'showWorkflowExecution'
  | 'showWorkflowExecutionForPage'
  | 'startSyncWorkflowExecution'
  | 'startWorkflowExecution'
  | 'stopWorkFlow'
  | 'updateEvent'
  | 'updateFuncSnapshot'
  | 'updateFunctionAsyncInvokeConfig'
  | 'updateFunctionCode'
  | 'updateFunctionCollectState'
  | 'updateFunctionConfig'
  | 'updateFunctionMaxInstanceConfig'
  | 'updateFunctionReservedInstancesCount'
  | 'updateTracing'
  | 'updateTrigger'
  | 'updateVersionAlias'
  | 'updateWorkFlow';

export type SdkClient = Record<
  SdkOperation,
  (request: Record<string, unknown>) => Promise<Record<string, unknown>>
>;

export interface SdkError extends Error {
  httpStatusCode?: number;
  errorCode?: string;
  errorMsg?: string;
  requestId?: string;
}

export interface TestServer {
  fg: RunningLocalFunctionGraph;
  client: SdkClient;
  dataDir: string;
  /** Signed request through real HTTP (AK/SK of the server). */
  call: (
    method: string,
    pathAndQuery: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>;
  restart: () => Promise<TestServer>;
  close: () => Promise<void>;
}

let sdkLoaded = false;

function loadSdk(home: string) {
  if (!sdkLoaded) {
    // The SDK writes ~/.huaweicloud/application_id and logs every error (with the Authorization header) to stdout.
    process.env.HOME = home;
    sdkLoaded = true;
  }
  const core = require('@huaweicloud/huaweicloud-sdk-core') as {
    BasicCredentials: new () => {
      withAk(ak: string): { withSk(sk: string): { withProjectId(p: string): unknown } };
    };
  };
  const fgs = require('@huaweicloud/huaweicloud-sdk-functiongraph') as {
    FunctionGraphClient: {
      newBuilder(): { withCredential(c: unknown): { withEndpoint(e: string): { build(): SdkClient } } };
    };
  };
  (require('log4js') as { configure(c: unknown): void }).configure({
    appenders: { o: { type: 'stdout' } },
    categories: { default: { appenders: ['o'], level: 'off' } },
  });
  return { core, fgs };
}

export async function startTestServer(
  options: { dataDir?: string; execution?: ExecutionOptions; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fg-test-'));
  const settings = resolveLocalSettings({
    FG_DATA_DIR: dataDir,
    FG_LOCAL_PORT: '0',
    FG_DEMO_DATA: '0',
    ...options.env,
  });
  const fg = await startLocalFunctionGraph(settings, () => undefined, options.execution);
  const { core, fgs } = loadSdk(dataDir);
  const client = fgs.FunctionGraphClient.newBuilder()
    .withCredential(
      new core.BasicCredentials().withAk(settings.ak).withSk(settings.sk).withProjectId(settings.projectId),
    )
    .withEndpoint(fg.endpoint)
    .build();
  const call: TestServer['call'] = (method, pathAndQuery, body, headers = {}) => {
    const url = fg.endpoint + pathAndQuery;
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    const all = { 'content-type': 'application/json', 'x-project-id': settings.projectId, ...headers };
    const signed = signRequest({ method, url, headers: all, body: text, ak: settings.ak, sk: settings.sk });
    return fetch(url, { method, headers: { ...all, ...signed }, ...(text ? { body: text } : {}) });
  };
  const server: TestServer = {
    fg,
    client,
    dataDir,
    call,
    restart: async () => {
      await fg.close();
      return startTestServer({ ...options, dataDir });
    },
    close: () => fg.close(),
  };
  return server;
}

/** A create-function body (seed 7.6.2) for a Node.js 18 function whose index.js is `code`. */
export function nodeFunctionBody(
  name: string,
  code: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    func_name: name,
    package: 'default',
    runtime: 'Node.js18.15',
    handler: 'index.handler',
    memory_size: 128,
    timeout: 10,
    code_type: 'inline',
    func_code: { file: zipBase64({ 'index.js': code }) },
    ...extra,
  };
}

/** A ZIP package from a map of file names to contents, base64-encoded as `func_code.file` wants it. */
export function zipBase64(files: Record<string, string>): string {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) entries[name] = strToU8(content);
  return Buffer.from(zipSync(entries)).toString('base64');
}

/** Polls until `check` returns a value (or throws after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Runs `call`, expects the SDK to throw, and returns the exception. */
export async function sdkError(call: Promise<unknown>): Promise<SdkError> {
  try {
    await call;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the SDK call to fail');
}
