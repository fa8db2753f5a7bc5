/**
 * `event_data` validation per `trigger_type_code` (seed 7.13.3 T7-596, model chapter 2.2, api-digest §2.10).
 * Each schema keeps only the fields that belong to its type (unknown keys are dropped), so what we store and
 * echo back is the type's own event data. Failures become 400 with the type's code from the 9.2 table.
 */
import type { z } from 'zod';
import { HttpError } from '../../shared/errors';
import {
  EVENT_DATA_SCHEMAS as SCHEMAS,
  postSchemaProblem,
  preSchemaProblem,
  TIMER_NAME_MAX,
} from '../../../src/api/contract/trigger-event-data';
import type { EventData } from '../../../src/api/contract/trigger-event-data';
import { INVALID_PARAMS_CODE } from './trigger-types';
import type { TriggerTypeCode } from './trigger-types';

export type { EventData };
export { TIMER_NAME_MAX };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid event_data';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'event_data';
  return `${where}: ${issue.message}`;
}

/**
 * Validates `event_data` for a trigger type and returns the stored form.
 * @throws HttpError 400 with the type's code (e.g. FSS.1109 for TIMER), FSS.1317 for a too-long TIMER name,
 *   FSS.1312 for a CTS trigger without a notification name, FSS.1113 for Kafka SSL without credentials.
 */
export function parseEventData(type: TriggerTypeCode, raw: unknown): EventData {
  const code = INVALID_PARAMS_CODE[type];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new HttpError(400, code, 'event_data must be a JSON object');
  }
  const input = raw as EventData;
  const early = preSchemaProblem(type, input);
  if (early) throw new HttpError(400, early.code, early.message);
  const result = SCHEMAS[type].safeParse(input);
  if (!result.success)
    throw new HttpError(400, code, `Invalid ${type} trigger parameters: ${describe(result.error)}`);
  const data = result.data;
  const late = postSchemaProblem(type, data);
  if (late) throw new HttpError(400, late.code, late.message);
  return data;
}

/** Fields a trigger update may not change (seed 7.13.3: the OBS bucket "创建成功后不支持修改"). */
const IMMUTABLE_FIELDS: Partial<Record<TriggerTypeCode, string[]>> = {
  OBS: ['bucket'],
};

/**
 * Applies an update's `event_data` (seed 7.13.6; the SDK sends an array of partial objects, digest §7 #19 says
 * treat it as one object) over the stored data and re-validates the result.
 */
export function mergeEventDataUpdate(type: TriggerTypeCode, stored: EventData, patch: unknown): EventData {
  const code = INVALID_PARAMS_CODE[type];
  const patches = Array.isArray(patch) ? (patch as unknown[]) : [patch];
  let merged: EventData = { ...stored };
  for (const item of patches) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new HttpError(400, code, 'event_data must be an object (or an array of objects)');
    }
    for (const field of IMMUTABLE_FIELDS[type] ?? []) {
      const value = (item as EventData)[field];
      if (value !== undefined && value !== stored[field]) {
        throw new HttpError(400, code, `event_data.${field} cannot be changed after creation`);
      }
    }
    merged = { ...merged, ...(item as EventData) };
  }
  return parseEventData(type, merged);
}
