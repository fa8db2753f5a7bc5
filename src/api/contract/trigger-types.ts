/**
 * Trigger type codes and the per-type rules the seed states in prose (7.13.3 "功能介绍", 2.2, 9.2 error table).
 * Where the seed documents only one member of a family (KAFKA vs OPENSOURCEKAFKA, DDS vs GeminiDB Mongo,
 * APIG vs DEDICATEDGATEWAY/APIC), the undocumented members follow the documented one (api-digest §2.10).
 */

/** Seed 7.13.3 T7-595 enum (17 values). */
export const TRIGGER_TYPE_CODES = [
  'TIMER',
  'APIG',
  'CTS',
  'DDS',
  'DMS',
  'DIS',
  'LTS',
  'OBS',
  'SMN',
  'KAFKA',
  'RABBITMQ',
  'DEDICATEDGATEWAY',
  'OPENSOURCEKAFKA',
  'APIC',
  'GeminiDB Mongo',
  'EVENTGRID',
  'IOTDA',
] as const;

export type TriggerTypeCode = (typeof TRIGGER_TYPE_CODES)[number];
export type TriggerStatus = 'ACTIVE' | 'DISABLED';

export function isTriggerTypeCode(value: unknown): value is TriggerTypeCode {
  return typeof value === 'string' && (TRIGGER_TYPE_CODES as readonly string[]).includes(value);
}

/** Types served by the (local) API gateway; they share path uniqueness and the invoke URL. */
export const GATEWAY_TYPES: ReadonlySet<TriggerTypeCode> = new Set(['APIG', 'DEDICATEDGATEWAY', 'APIC']);

/** Seed 7.13.3: "TIMER、DDS、DMS、KAFKA、LTS触发器支持禁用，其他触发器不支持" (+ family members). */
const DISABLEABLE: ReadonlySet<TriggerTypeCode> = new Set([
  'TIMER',
  'DDS',
  'GeminiDB Mongo',
  'DMS',
  'KAFKA',
  'OPENSOURCEKAFKA',
  'LTS',
]);

/** Seed 7.13.3: "DDS和KAFKA触发器创建时默认为DISABLED状态，其他触发器默认为ACTIVE状态" (+ family members). */
const CREATED_DISABLED: ReadonlySet<TriggerTypeCode> = new Set([
  'DDS',
  'GeminiDB Mongo',
  'KAFKA',
  'OPENSOURCEKAFKA',
]);

/** Pull-mode (polling) triggers; at most 10 per function (403 FSS.1123). */
const PULL_TYPES: ReadonlySet<TriggerTypeCode> = new Set([
  'DMS',
  'DIS',
  'KAFKA',
  'OPENSOURCEKAFKA',
  'RABBITMQ',
  'DDS',
  'GeminiDB Mongo',
]);

export const MAX_PULL_TRIGGERS_PER_FUNCTION = 10;
/** Local limit behind FSS.1306 (the seed gives no number). */
export const MAX_TRIGGERS_PER_FUNCTION = 100;

export function canDisable(type: TriggerTypeCode): boolean {
  return DISABLEABLE.has(type);
}

export function defaultStatus(type: TriggerTypeCode): TriggerStatus {
  return CREATED_DISABLED.has(type) ? 'DISABLED' : 'ACTIVE';
}

export function isPullType(type: TriggerTypeCode): boolean {
  return PULL_TYPES.has(type);
}

/** 400 code for "invalid <type> trigger parameters" (9.2); types without their own code use FSS.0400. */
export const INVALID_PARAMS_CODE: Record<TriggerTypeCode, string> = {
  TIMER: 'FSS.1109',
  APIG: 'FSS.1107',
  DEDICATEDGATEWAY: 'FSS.1107',
  APIC: 'FSS.1107',
  CTS: 'FSS.1305',
  DDS: 'FSS.1164',
  'GeminiDB Mongo': 'FSS.1164',
  DMS: 'FSS.1103',
  DIS: 'FSS.1104',
  LTS: 'FSS.1110',
  OBS: 'FSS.1106',
  SMN: 'FSS.1102',
  KAFKA: 'FSS.1112',
  OPENSOURCEKAFKA: 'FSS.1112',
  RABBITMQ: 'FSS.0400',
  EVENTGRID: 'FSS.0400',
  IOTDA: 'FSS.0400',
};

/** 404 code when a trigger of this type is not found (9.2); others use FSS.1131. */
export const NOT_FOUND_CODE: Partial<Record<TriggerTypeCode, string>> = {
  SMN: 'FSS.1132',
  DMS: 'FSS.1133',
  DIS: 'FSS.1134',
  OBS: 'FSS.1136',
  APIG: 'FSS.1138',
  TIMER: 'FSS.1140',
  LTS: 'FSS.1160',
  DDS: 'FSS.1163',
  KAFKA: 'FSS.1174',
};

/** 409 code when an equivalent trigger already exists on the function (9.2); others use FSS.0409. */
export const ALREADY_EXISTS_CODE: Partial<Record<TriggerTypeCode, string>> = {
  SMN: 'FSS.1141',
  DMS: 'FSS.1142',
  DIS: 'FSS.1143',
  OBS: 'FSS.1145',
  APIG: 'FSS.1146',
  TIMER: 'FSS.1148',
  LTS: 'FSS.1149',
  KAFKA: 'FSS.1150',
  OPENSOURCEKAFKA: 'FSS.1150',
  DDS: 'FSS.1166',
  'GeminiDB Mongo': 'FSS.1166',
};
