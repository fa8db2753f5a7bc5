/**
 * LTS ids of the async-status log (seed 7.9.1): derived from the project, stable across restarts. The per-function
 * log group/stream ids (7.9.2) come from `logs/streams.ts`, which the local LTS query endpoint answers to.
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

export const ASYNC_STATUS_LOG_GROUP = 'functiongraph-async-status-log-group';

export function asyncStatusLogStream(projectId: string): LtsIds {
  return {
    group_name: ASYNC_STATUS_LOG_GROUP,
    group_id: derivedUuid(`lts-async-group:${projectId}`),
    stream_name: 'async-status-log',
    stream_id: derivedUuid(`lts-async-stream:${projectId}`),
  };
}
