/**
 * `event_data` schemas per `trigger_type_code` (seed 7.13.3 T7-596, model chapter 2.2, api-digest §2.10), shared by
 * the local FunctionGraph (server/local/triggers/event-data.ts turns failures into the seed's error codes) and the
 * console's trigger forms, so both apply one set of rules. Each schema keeps only its type's fields.
 */
import { z } from 'zod';
import { scheduleProblem } from './timer-schedule';
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
export const TIMER_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

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

export const EVENT_DATA_SCHEMAS: Record<TriggerTypeCode, z.ZodType<EventData>> = {
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

/** A rule with its own error code (seed 9.2) beyond the per-type schema; `path` names the field it concerns. */
export interface EventDataRuleProblem {
  path: string;
  code: string;
  message: string;
}

/** Checked on the raw input before the schema (their codes win over the type's generic one). */
export function preSchemaProblem(type: TriggerTypeCode, input: EventData): EventDataRuleProblem | null {
  if (type === 'TIMER' && typeof input.name === 'string' && input.name.length > TIMER_NAME_MAX) {
    return {
      path: 'name',
      code: 'FSS.1317',
      message: `The trigger name is too long (max ${String(TIMER_NAME_MAX)}).`,
    };
  }
  if (type === 'CTS' && (typeof input.name !== 'string' || input.name.trim() === '')) {
    return { path: 'name', code: 'FSS.1312', message: 'The notification name must be specified.' };
  }
  return null;
}

/** Checked on the parsed data: Kafka SASL_SSL needs a user and a password (FSS.1113). */
export function postSchemaProblem(type: TriggerTypeCode, data: EventData): EventDataRuleProblem | null {
  if ((type === 'KAFKA' || type === 'OPENSOURCEKAFKA') && data.kafka_ssl_enable === true) {
    if (!data.kafka_user || !data.kafka_password) {
      return {
        path: data.kafka_user ? 'kafka_password' : 'kafka_user',
        code: 'FSS.1113',
        message: 'The username and password must be specified because Kafka SASL_SSL is enabled.',
      };
    }
  }
  return null;
}
