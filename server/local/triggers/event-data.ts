/**
 * `event_data` validation per `trigger_type_code` (seed 7.13.3 T7-596, model chapter 2.2, api-digest §2.10).
 * Each schema keeps only the fields that belong to its type (unknown keys are dropped), so what we store and
 * echo back is the type's own event data. Failures become 400 with the type's code from the 9.2 table.
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { scheduleProblem } from '../../shared/timer-schedule';
import { INVALID_PARAMS_CODE } from './trigger-types';
import type { TriggerTypeCode } from './trigger-types';

export type EventData = Record<string, unknown>;

const text = (max = 255) => z.string().trim().min(1).max(max);
const optionalText = (max = 255) => z.string().max(max).optional();
/** Seed types `is_serial` as String in create and Boolean in update (digest §7 #19): accept both, store the string. */
const stringBool = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => String(v));
/** `kafka_ssl_enable` is Boolean in chapter 7 and a string in 2.2 (digest §7 #20): accept both, store a boolean. */
const boolLike = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** Seed: TIMER name; the Huawei user guide: letters, digits, `_` and `-`, starting with a letter, ≤ 64 chars. */
export const TIMER_NAME_MAX = 64;
const TIMER_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

const timerSchema = z
  .object({
    name: z.string().regex(TIMER_NAME, 'must start with a letter; letters, digits, _ and - only'),
    schedule_type: z.enum(['Rate', 'Cron']),
    schedule: z.string().min(1).max(256),
    user_event: z.string().max(4096).optional(),
  })
  .superRefine((value, ctx) => {
    const problem = scheduleProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['schedule'], message: problem });
  });

/** APIG paths: `/a/b`, `{param}` segments allowed (APIG path rules), no empty segments. */
const APIG_PATH = /^\/(?:[A-Za-z0-9_.~+\-{}]+\/?)*$/;

const funcInfoSchema = z.object({
  function_urn: z.string().max(512).optional(),
  invocation_type: z.enum(['sync', 'async']).optional(),
  timeout: int(1, 60000),
  version: z.string().max(64).optional(),
});

const gatewaySchema = z.object({
  name: z
    .string()
    .regex(
      /^[A-Za-z0-9\u4e00-\u9fa5][\w\-./:()\u4e00-\u9fa5]{2,254}$/,
      'API name: 3-255 chars, starting with a letter or digit',
    )
    .optional(),
  group_id: text(64),
  group_name: optionalText(64),
  env_id: text(64),
  env_name: text(64),
  auth: z.enum(['IAM', 'APP', 'NONE']),
  protocol: z.enum(['HTTP', 'HTTPS']),
  path: z.string().min(1).max(1024).regex(APIG_PATH, 'path must look like /a/b'),
  match_mode: z.enum(['SWA', 'NORMAL']),
  req_method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS', 'ANY']),
  type: z.union([z.literal(1), z.literal(2)]),
  func_info: funcInfoSchema,
  sl_domain: z.string().min(1).max(255).optional(),
  backend_type: z.literal('FUNCTION').optional(),
  instance_id: optionalText(64),
});

const OBS_EVENT =
  /^(?:(?:s3|obs):)?(?:(?:ObjectCreated|ObjectRemoved)(?::(?:\*|Put|Post|Copy|CompleteMultipartUpload|Delete|DeleteMarkerCreated))?|Put|Post|Copy|CompleteMultipartUpload|Delete|DeleteMarkerCreated)$/;

const obsSchema = z.object({
  bucket: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'invalid bucket name'),
  events: z.array(z.string().regex(OBS_EVENT, 'unknown OBS event')).min(1).max(16),
  prefix: z.string().max(1024).optional(),
  suffix: z.string().max(1024).optional(),
  name: optionalText(64),
});

const smnSchema = z.object({
  topic_urn: z
    .string()
    .min(1)
    .max(255)
    .regex(/^urn:smn:[^:\s]+:[^:\s]+:[^:\s]+$/, 'must be urn:smn:...'),
});

const dmsSchema = z.object({
  queue_id: text(64),
  consumer_group_id: text(64),
  polling_interval: int(1, 3600),
});

const disSchema = z
  .object({
    stream_name: text(64),
    sharditerator_type: z.enum(['TRIM_HORIZON', 'LATEST']),
    polling_interval: int(1, 60000),
    polling_unit: z.enum(['s', 'ms']),
    batch_size: int(1, 10000),
    max_fetch_bytes: int(0, 4194304).optional(),
    is_serial: stringBool,
  })
  .refine((v) => v.polling_unit === 'ms' || v.polling_interval <= 60, {
    path: ['polling_interval'],
    error: 'polling_interval must be 1-60 seconds',
  });

const ltsSchema = z.object({
  log_group_id: text(64),
  log_topic_id: text(64),
  log_group_name: optionalText(64),
  log_topic_name: optionalText(64),
});

/** Seed 2.2: "服务类型:资源类型A;资源类型B:操作名称1;操作名称2". */
const CTS_OPERATION =
  /^[A-Za-z0-9_-]+:[A-Za-z0-9_-]+(?:;[A-Za-z0-9_-]+)*:[A-Za-z0-9_-]+(?:;[A-Za-z0-9_-]+)*$/;

const ctsSchema = z.object({
  name: text(64),
  operations: z.array(z.string().regex(CTS_OPERATION, 'format Service:ResType:operation')).min(1).max(100),
});

const ddsSchema = z.object({
  instance_id: text(64),
  collection_name: text(128),
  db_name: text(128),
  db_password: z.string().min(1).max(256),
  db_user: optionalText(128),
  batch_size: int(1, 10000),
  mode: z.enum(['Sharding', 'ReplicaSet', 'Single']).optional(),
  instance_addresses: z.array(z.string().max(255)).max(32).optional(),
});

const kafkaBase = {
  topic_ids: z.array(text(255)).min(1).max(32),
  batch_size: int(1, 1000),
  kafka_user: optionalText(128),
  kafka_password: z.string().max(256).optional(),
  kafka_connect_address: optionalText(1024),
  kafka_ssl_enable: boolLike.optional(),
};
const kafkaSchema = z.object({ instance_id: text(64), ...kafkaBase });
/** Open-source Kafka has no DMS instance: it needs either an instance id or the connect address. */
const openSourceKafkaSchema = z
  .object({ instance_id: optionalText(64), ...kafkaBase })
  .refine((v) => Boolean(v.instance_id ?? v.kafka_connect_address), {
    path: ['kafka_connect_address'],
    error: 'kafka_connect_address (or instance_id) is required',
  });

const rabbitSchema = z.object({
  instance_id: text(64),
  exchange_name: text(255),
  access_password: z.string().min(1).max(256),
  access_user: optionalText(128),
  connect_address: optionalText(1024),
  vhost: optionalText(255),
  ssl_enable: boolLike.optional(),
  batch_size: int(1, 1000),
});

const nullableText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => v ?? undefined);

const eventGridSchema = z.object({
  channel_name: nullableText(128),
  channel_id: nullableText(128),
  source_name: nullableText(128),
  trigger_name: nullableText(128),
  event_types: z.array(z.string().min(1).max(255)).max(64).optional(),
  agency: nullableText(128),
  bucket: nullableText(64),
  prefix: nullableText(1024),
  suffix: nullableText(1024),
  Key_encode: z.boolean().optional(),
  created_time: nullableText(64),
  status: z.enum(['ACTIVE', 'DISABLE']).optional(),
});

/** IoTDA: the seed documents no fields; any JSON object is kept as given. */
const iotdaSchema = z.record(z.string(), z.unknown());

const SCHEMAS: Record<TriggerTypeCode, z.ZodType<EventData>> = {
  TIMER: timerSchema,
  APIG: gatewaySchema,
  DEDICATEDGATEWAY: gatewaySchema,
  APIC: gatewaySchema,
  OBS: obsSchema,
  SMN: smnSchema,
  DMS: dmsSchema,
  DIS: disSchema,
  LTS: ltsSchema,
  CTS: ctsSchema,
  DDS: ddsSchema,
  'GeminiDB Mongo': ddsSchema,
  KAFKA: kafkaSchema,
  OPENSOURCEKAFKA: openSourceKafkaSchema,
  RABBITMQ: rabbitSchema,
  EVENTGRID: eventGridSchema,
  IOTDA: iotdaSchema,
};

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
  if (type === 'TIMER' && typeof input.name === 'string' && input.name.length > TIMER_NAME_MAX) {
    throw new HttpError(400, 'FSS.1317', `The trigger name is too long (max ${String(TIMER_NAME_MAX)}).`);
  }
  if (type === 'CTS' && (typeof input.name !== 'string' || input.name.trim() === '')) {
    throw new HttpError(400, 'FSS.1312', 'The notification name must be specified.');
  }
  const result = SCHEMAS[type].safeParse(input);
  if (!result.success)
    throw new HttpError(400, code, `Invalid ${type} trigger parameters: ${describe(result.error)}`);
  const data = result.data;
  if ((type === 'KAFKA' || type === 'OPENSOURCEKAFKA') && data.kafka_ssl_enable === true) {
    if (!data.kafka_user || !data.kafka_password) {
      throw new HttpError(
        400,
        'FSS.1113',
        'The username and password must be specified because Kafka SASL_SSL is enabled.',
      );
    }
  }
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
