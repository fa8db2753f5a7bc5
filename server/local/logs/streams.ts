/**
 * LTS-style log group and stream ids of the local FunctionGraph (seed 7.9.2 `lts-log-detail`): one group per
 * project, one stream per function, both stable UUID-shaped ids derived from the project and function ids so that
 * they survive restarts without being stored.
 */
import { createHash } from 'node:crypto';

function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export interface LogDetail {
  group_name: string;
  group_id: string;
  stream_name: string;
  stream_id: string;
}

export function logGroupId(projectId: string): string {
  return uuidFrom(`fg-local-log-group:${projectId}`);
}

export function logGroupName(projectId: string): string {
  return `functiongraph.log.group.${projectId.slice(0, 8)}`;
}

const streamIds = new Map<string, string>();

/** Memoised: every invocation's log lines name their stream, and the id is a hash. */
export function logStreamId(functionId: string): string {
  let id = streamIds.get(functionId);
  if (id === undefined) {
    if (streamIds.size >= 10_000) streamIds.clear();
    id = uuidFrom(`fg-local-log-stream:${functionId}`);
    streamIds.set(functionId, id);
  }
  return id;
}

/** LTS names each function's stream after the function (lts-query.md §7.1). */
export function logDetail(projectId: string, func: { id: string; name: string }): LogDetail {
  return {
    group_name: logGroupName(projectId),
    group_id: logGroupId(projectId),
    stream_name: `${func.name}-${func.id.slice(0, 8)}`,
    stream_id: logStreamId(func.id),
  };
}
