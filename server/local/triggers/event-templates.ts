/**
 * Sample events a function receives from each trigger type (RUNTIME-CONTRACT.md §4), built from a trigger's
 * `event_data` when one is given. The console's "Fire now" and the test-event templates (named like the Huawei
 * console's, e.g. `apig-event-template`) use them; the timer scheduler uses `timerEvent`.
 *
 * @example
 * eventFor('TIMER', { name: 'nightly', user_event: 'hi' }, { now: new Date() })
 * // → { version: 'v1.0', time: '…', trigger_type: 'TIMER', trigger_name: 'nightly', user_event: 'hi' }
 */
import {
  apigEvent,
  ctsEvent,
  ddsEvent,
  disEvent,
  eventGridEvent,
  iotdaEvent,
  kafkaEvent,
  ltsEvent,
  obsEvent,
  rabbitEvent,
  smnEvent,
  str,
  type Json,
} from './event-builders';
import type { EventData } from './event-data';
import type { TriggerTypeCode } from './trigger-types';

export interface EventContext {
  now?: Date;
  region?: string;
  projectId?: string;
  /** The function's URN (SMN's `event_subscription_urn`). */
  functionUrn?: string;
  functionName?: string;
}

/** ISO-8601 with the host's offset, like the seed's `2018-06-01T08:30:00+08:00`. */
export function isoWithOffset(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offsetMin * 60_000).toISOString().slice(0, 19);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** Seed 7.13.3 `user_event`: the event a TIMER trigger passes to the function. */
export function timerEvent(eventData: EventData, now: Date): Json {
  return {
    version: 'v1.0',
    time: isoWithOffset(now),
    trigger_type: 'TIMER',
    trigger_name: str(eventData.name, 'Timer_001'),
    user_event: typeof eventData.user_event === 'string' ? eventData.user_event : '',
  };
}

/** The event a trigger of `type` with `eventData` delivers (a representative sample for push-style sources). */
export function eventFor(type: TriggerTypeCode, eventData: EventData = {}, ctx: EventContext = {}): Json {
  switch (type) {
    case 'TIMER':
      return timerEvent(eventData, ctx.now ?? new Date());
    case 'APIG':
    case 'DEDICATEDGATEWAY':
    case 'APIC':
      return apigEvent(eventData);
    case 'OBS':
      return obsEvent(eventData, ctx);
    case 'SMN':
      return smnEvent(eventData, ctx);
    case 'KAFKA':
    case 'OPENSOURCEKAFKA':
    case 'DMS':
      return kafkaEvent(eventData, ctx, type);
    case 'DIS':
      return disEvent(eventData);
    case 'LTS':
      return ltsEvent(eventData, ctx);
    case 'CTS':
      return ctsEvent(eventData, ctx);
    case 'DDS':
      return ddsEvent(eventData, ctx, 'dds');
    case 'GeminiDB Mongo':
      return ddsEvent(eventData, ctx, 'geminidb_mongo');
    case 'RABBITMQ':
      return rabbitEvent(eventData, ctx);
    case 'EVENTGRID':
      return eventGridEvent(eventData, ctx);
    case 'IOTDA':
      return iotdaEvent(ctx);
  }
}

/** Test-event template names used by the Huawei console (RUNTIME-CONTRACT.md §4, [HWD-TEST]). */
export const EVENT_TEMPLATES: readonly { name: string; type: TriggerTypeCode }[] = [
  { name: 'apig-event-template', type: 'APIG' },
  { name: 'timer-event-template', type: 'TIMER' },
  { name: 'obs-event-template', type: 'OBS' },
  { name: 'smn-event-template', type: 'SMN' },
  { name: 'dms-event-template', type: 'DMS' },
  { name: 'dis-event-template', type: 'DIS' },
  { name: 'lts-event-template', type: 'LTS' },
  { name: 'cts-event-template', type: 'CTS' },
  { name: 'dds-event-template', type: 'DDS' },
  { name: 'kafka-event-template', type: 'KAFKA' },
];
