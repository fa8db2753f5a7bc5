/**
 * When a new or updated trigger clashes with an existing one (seed 9.2: 409 "… trigger already exists",
 * FSS.1147 "The request path already exists", 400 FSS.1307 "The trigger name already exists",
 * 403 FSS.1108 OBS bucket conflict). Scopes are local choices where the seed is silent:
 * - TIMER and CTS names are unique per function (all versions and aliases);
 * - API gateway paths are unique per function, because the local gateway URL carries no version
 *   (`/apig/<project_id>/<package>/<function>/<path>`), for overlapping methods (`ANY` overlaps all);
 * - OBS: the same bucket, prefix and suffix with an overlapping event on any function;
 * - other sources: the same source on the same function and qualifier.
 */
import { HttpError } from '../../shared/errors';
import type { EventData } from './event-data';
import { ALREADY_EXISTS_CODE, GATEWAY_TYPES } from './trigger-types';
import type { TriggerTypeCode } from './trigger-types';

export interface TriggerLike {
  id: string;
  functionId: string;
  qualifier: string;
  type: TriggerTypeCode;
  eventData: EventData;
}

const key = (data: EventData, ...fields: string[]) =>
  fields.map((f) => JSON.stringify(data[f] ?? null)).join('|');

/** Fields that identify the event source per type (same function and qualifier). */
const SOURCE_FIELDS: Partial<Record<TriggerTypeCode, string[]>> = {
  SMN: ['topic_urn'],
  DMS: ['queue_id', 'consumer_group_id'],
  DIS: ['stream_name'],
  LTS: ['log_group_id', 'log_topic_id'],
  DDS: ['instance_id', 'db_name', 'collection_name'],
  'GeminiDB Mongo': ['instance_id', 'db_name', 'collection_name'],
  RABBITMQ: ['instance_id', 'exchange_name', 'vhost'],
  EVENTGRID: ['channel_id', 'source_name', 'trigger_name'],
};

function methodsOverlap(a: unknown, b: unknown): boolean {
  return a === b || a === 'ANY' || b === 'ANY';
}

function obsEventsOverlap(a: unknown, b: unknown): boolean {
  const norm = (list: unknown) =>
    (Array.isArray(list) ? (list as string[]) : []).map(
      (e) => e.replace(/^(?:s3|obs):/, '').split(':')[0] ?? e,
    );
  const left = norm(a);
  const right = norm(b);
  return left.some((e) => right.includes(e)) || left.length === 0 || right.length === 0;
}

export function findConflict(
  candidate: TriggerLike,
  sameFunction: readonly TriggerLike[],
  obsEverywhere: readonly TriggerLike[],
): HttpError | undefined {
  const data = candidate.eventData;
  const others = sameFunction.filter((t) => t.id !== candidate.id);
  if (candidate.type === 'TIMER' || candidate.type === 'CTS') {
    const clash = others.find((t) => t.type === candidate.type && t.eventData.name === data.name);
    if (clash) return new HttpError(400, 'FSS.1307', `The trigger name already exists: ${String(data.name)}`);
    return undefined;
  }
  if (GATEWAY_TYPES.has(candidate.type)) {
    const clash = others.find(
      (t) =>
        GATEWAY_TYPES.has(t.type) &&
        t.eventData.path === data.path &&
        methodsOverlap(t.eventData.req_method, data.req_method),
    );
    if (clash) return new HttpError(409, 'FSS.1147', `The request path already exists: ${String(data.path)}`);
    return undefined;
  }
  if (candidate.type === 'OBS') {
    const clash = obsEverywhere.find(
      (t) =>
        t.id !== candidate.id &&
        key(t.eventData, 'bucket', 'prefix', 'suffix') === key(data, 'bucket', 'prefix', 'suffix') &&
        obsEventsOverlap(t.eventData.events, data.events),
    );
    if (clash)
      return new HttpError(
        403,
        'FSS.1108',
        `The bucket configuration of the current trigger conflicts with that of an existing OBS trigger (${String(data.bucket)}).`,
      );
    return undefined;
  }
  const sameQualifier = others.filter(
    (t) => t.type === candidate.type && t.qualifier === candidate.qualifier,
  );
  const code = ALREADY_EXISTS_CODE[candidate.type] ?? 'FSS.0409';
  if (candidate.type === 'KAFKA' || candidate.type === 'OPENSOURCEKAFKA') {
    const topics = (data.topic_ids as string[] | undefined) ?? [];
    const clash = sameQualifier.find(
      (t) =>
        key(t.eventData, 'instance_id', 'kafka_connect_address') ===
          key(data, 'instance_id', 'kafka_connect_address') &&
        ((t.eventData.topic_ids as string[] | undefined) ?? []).some((topic) => topics.includes(topic)),
    );
    return clash ? new HttpError(409, code, `The ${candidate.type} trigger already exists.`) : undefined;
  }
  const fields = SOURCE_FIELDS[candidate.type];
  if (!fields) return undefined;
  const clash = sameQualifier.find((t) => key(t.eventData, ...fields) === key(data, ...fields));
  return clash ? new HttpError(409, code, `The ${candidate.type} trigger already exists.`) : undefined;
}
