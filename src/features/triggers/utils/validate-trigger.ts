/**
 * Validates a trigger form with the shared contract rules (the schemas and coded rules the local FunctionGraph
 * applies, src/api/contract/trigger-event-data.ts) and maps each problem to the form field it concerns.
 */
import { EVENT_DATA_SCHEMAS, postSchemaProblem, preSchemaProblem } from '@/api/contract/trigger-event-data';
import type { EventData } from '@/api/contract/trigger-event-data';
import type { TriggerTypeCode } from '@/api/contract/trigger-types';
import { toEventData, TRIGGER_FIELDS } from './trigger-fields';
import type { FormValues } from './trigger-fields';

/** A field's problem: `required` (empty), `json` (unparseable JSON) or the rule's own message. */
export type FieldProblem = { kind: 'required' } | { kind: 'json' } | { kind: 'rule'; message: string };

export interface TriggerValidation {
  eventData: EventData;
  errors: Record<string, FieldProblem>;
}

function fieldFor(type: TriggerTypeCode, path: readonly PropertyKey[]): string {
  const keys = TRIGGER_FIELDS[type].map((f) => f.key);
  for (let i = path.length; i > 0; i -= 1) {
    const key = path.slice(0, i).map(String).join('.');
    if (keys.includes(key)) return key;
  }
  return keys[0] ?? '';
}

function isEmpty(data: EventData, key: string): boolean {
  const value = key.split('.').reduce<unknown>((acc, part) => {
    return acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[part] : undefined;
  }, data);
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

export function validateTrigger(type: TriggerTypeCode, values: FormValues): TriggerValidation {
  const eventData = toEventData(type, values);
  const errors: Record<string, FieldProblem> = {};
  if ('__invalid_json__' in eventData) return { eventData, errors: { '': { kind: 'json' } } };
  const early = preSchemaProblem(type, eventData);
  if (early) errors[early.path] = { kind: 'rule', message: early.message };
  const result = EVENT_DATA_SCHEMAS[type].safeParse(eventData);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = fieldFor(type, issue.path);
      if (errors[key]) continue;
      errors[key] = isEmpty(eventData, key) ? { kind: 'required' } : { kind: 'rule', message: issue.message };
    }
  } else {
    const late = postSchemaProblem(type, result.data);
    if (late) errors[late.path] ??= { kind: 'rule', message: late.message };
  }
  return { eventData: result.success ? result.data : eventData, errors };
}
