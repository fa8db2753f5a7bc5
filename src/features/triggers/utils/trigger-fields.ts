/**
 * Declarative form fields per trigger type (seed 7.13.3 T7-596 / api-digest §2.10). The form edits text values;
 * `toEventData` turns them into the request's `event_data`, and validation runs the shared contract schemas
 * (src/api/contract/trigger-event-data.ts, the same rules the local FunctionGraph applies).
 */
import type { TriggerTypeCode } from '@/api/contract/trigger-types';

export type FieldKind = 'text' | 'password' | 'number' | 'select' | 'list' | 'boolean' | 'textarea' | 'json';

export interface FieldSpec {
  /** `event_data` key; a dot nests (`func_info.timeout`). */
  key: string;
  kind: FieldKind;
  required?: boolean;
  /** Select choices; numbers are sent as numbers. */
  options?: readonly (string | number)[];
  /** Cannot change after creation (seed 7.13.3: OBS bucket). */
  immutable?: boolean;
}

const t = (key: string, required = false): FieldSpec => ({ key, kind: 'text', required });
const n = (key: string, required = false): FieldSpec => ({ key, kind: 'number', required });
const sel = (key: string, options: readonly (string | number)[], required = true): FieldSpec => ({
  key,
  kind: 'select',
  options,
  required,
});

const gateway = (instance: boolean): FieldSpec[] => [
  t('name'),
  t('group_id', true),
  t('group_name'),
  t('env_id', true),
  t('env_name', true),
  sel('auth', ['NONE', 'APP', 'IAM']),
  sel('protocol', ['HTTP', 'HTTPS']),
  t('path', true),
  sel('match_mode', ['SWA', 'NORMAL']),
  sel('req_method', ['ANY', 'GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS']),
  sel('type', [1, 2]),
  n('func_info.timeout', true),
  sel('func_info.invocation_type', ['sync', 'async'], false),
  t('sl_domain'),
  ...(instance ? [t('instance_id', true)] : []),
];

const dds: FieldSpec[] = [
  t('instance_id', true),
  t('db_name', true),
  t('collection_name', true),
  t('db_user'),
  { key: 'db_password', kind: 'password', required: true },
  n('batch_size', true),
  sel('mode', ['Sharding', 'ReplicaSet', 'Single'], false),
];

const kafka = (instanceRequired: boolean): FieldSpec[] => [
  t('instance_id', instanceRequired),
  t('kafka_connect_address', !instanceRequired),
  { key: 'topic_ids', kind: 'list', required: true },
  n('batch_size', true),
  { key: 'kafka_ssl_enable', kind: 'boolean' },
  t('kafka_user'),
  { key: 'kafka_password', kind: 'password' },
];

export const TRIGGER_FIELDS: Record<TriggerTypeCode, FieldSpec[]> = {
  TIMER: [
    t('name', true),
    sel('schedule_type', ['Rate', 'Cron']),
    t('schedule', true),
    { key: 'user_event', kind: 'textarea' },
  ],
  APIG: gateway(false),
  DEDICATEDGATEWAY: gateway(true),
  APIC: gateway(true),
  OBS: [
    { key: 'bucket', kind: 'text', required: true, immutable: true },
    { key: 'events', kind: 'list', required: true },
    t('prefix'),
    t('suffix'),
    t('name'),
  ],
  SMN: [t('topic_urn', true)],
  DMS: [t('queue_id', true), t('consumer_group_id', true), n('polling_interval', true)],
  DIS: [
    t('stream_name', true),
    sel('sharditerator_type', ['TRIM_HORIZON', 'LATEST']),
    n('polling_interval', true),
    sel('polling_unit', ['s', 'ms']),
    n('batch_size', true),
    n('max_fetch_bytes'),
    sel('is_serial', ['true', 'false']),
  ],
  LTS: [t('log_group_id', true), t('log_topic_id', true), t('log_group_name'), t('log_topic_name')],
  CTS: [t('name', true), { key: 'operations', kind: 'list', required: true }],
  DDS: dds,
  'GeminiDB Mongo': dds,
  KAFKA: kafka(true),
  OPENSOURCEKAFKA: kafka(false),
  RABBITMQ: [
    t('instance_id', true),
    t('exchange_name', true),
    t('vhost'),
    t('access_user'),
    { key: 'access_password', kind: 'password', required: true },
    t('connect_address'),
    { key: 'ssl_enable', kind: 'boolean' },
    n('batch_size', true),
  ],
  EVENTGRID: [
    t('channel_name'),
    t('channel_id'),
    t('source_name'),
    t('trigger_name'),
    { key: 'event_types', kind: 'list' },
    t('agency'),
    t('bucket'),
    t('prefix'),
    t('suffix'),
  ],
  // Seed: no documented fields; the whole event_data is edited as JSON.
  IOTDA: [{ key: '', kind: 'json' }],
};

/** Form state: every field as the text (or flag) the user edits. */
export type FormValues = Record<string, string | boolean>;

function getPath(data: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((acc, part) => {
    return acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[part] : undefined;
  }, data);
}

function setPath(data: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = data;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!next || typeof next !== 'object') node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] ?? key] = value;
}

/** Existing `event_data` (edit) or defaults (create) as form values. */
export function toFormValues(type: TriggerTypeCode, data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of TRIGGER_FIELDS[type]) {
    if (field.kind === 'json') {
      values[field.key] = JSON.stringify(data, null, 2);
      continue;
    }
    const raw = getPath(data, field.key);
    if (field.kind === 'boolean') values[field.key] = raw === true || raw === 'true';
    else if (field.kind === 'list') values[field.key] = Array.isArray(raw) ? raw.map(String).join('\n') : '';
    else values[field.key] = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  }
  return values;
}

/** Form values → `event_data`. Empty optional fields are left out; numbers that do not parse stay text so validation names them. */
export function toEventData(type: TriggerTypeCode, values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of TRIGGER_FIELDS[type]) {
    const value = values[field.key];
    if (field.kind === 'json') {
      try {
        return JSON.parse(typeof value === 'string' && value.trim() ? value : '{}') as Record<
          string,
          unknown
        >;
      } catch {
        return { __invalid_json__: true };
      }
    }
    if (field.kind === 'boolean') {
      if (value === true) setPath(data, field.key, true);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') continue;
    if (field.kind === 'number') {
      setPath(data, field.key, /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
    } else if (field.kind === 'list') {
      setPath(
        data,
        field.key,
        text
          .split(/[\n,]/)
          .map((item) => item.trim())
          .filter(Boolean),
      );
    } else if (field.kind === 'select' && field.options?.some((o) => typeof o === 'number')) {
      setPath(data, field.key, Number(text));
    } else {
      setPath(data, field.key, field.kind === 'textarea' || field.kind === 'password' ? value : text);
    }
  }
  return data;
}
