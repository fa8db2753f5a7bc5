/**
 * LTS log group/stream ids of the local FunctionGraph (seed 7.9.1/7.9.2). Real FunctionGraph reports where a
 * function's logs land in LTS; locally the ids are derived (stable across restarts and re-creation of the
 * function) so the local LTS-compatible query endpoint can map a stream id back to its function.
 *
 * @example
 * functionLogStream(pid, 'default', 'hello')
 * // → { group_id: '…', group_name: 'functiongraph-log-group', stream_id: '…', stream_name: 'default-hello' }
 */
import { createHash } from 'node:crypto';

export interface LtsIds {
  group_name: string;
  group_id: string;
  stream_name: string;
  stream_id: string;
}

/** A UUID-shaped id derived from `seed` (LTS ids are UUIDs). */
export function derivedUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const FUNCTION_LOG_GROUP = 'functiongraph-log-group';
export const ASYNC_STATUS_LOG_GROUP = 'functiongraph-async-status-log-group';

export function functionLogGroupId(projectId: string): string {
  return derivedUuid(`lts-group:${projectId}`);
}

export function functionLogStream(projectId: string, pkg: string, name: string): LtsIds {
  return {
    group_name: FUNCTION_LOG_GROUP,
    group_id: functionLogGroupId(projectId),
    stream_name: `${pkg}-${name}`,
    stream_id: derivedUuid(`lts-stream:${projectId}:${pkg}:${name}`),
  };
}

export function asyncStatusLogStream(projectId: string): LtsIds {
  return {
    group_name: ASYNC_STATUS_LOG_GROUP,
    group_id: derivedUuid(`lts-async-group:${projectId}`),
    stream_name: 'async-status-log',
    stream_id: derivedUuid(`lts-async-stream:${projectId}`),
  };
}
