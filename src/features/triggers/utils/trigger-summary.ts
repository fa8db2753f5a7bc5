/** What the trigger list shows per row: a name and the key settings of its type. */
import { GATEWAY_TYPES } from '@/api/contract/trigger-types';
import type { Trigger } from '../api/types';

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function triggerName(trigger: Trigger): string {
  const d = trigger.event_data;
  return (
    str(d.name) ||
    str(d.trigger_name) ||
    str(d.stream_name) ||
    str(d.bucket) ||
    str(d.topic_urn) ||
    str(d.queue_id) ||
    str(d.log_topic_id) ||
    str(d.collection_name) ||
    trigger.trigger_id
  );
}

export function triggerSettings(trigger: Trigger): string {
  const d = trigger.event_data;
  const type = trigger.trigger_type_code;
  if (type === 'TIMER') return `${str(d.schedule_type)} ${str(d.schedule)}`;
  if (GATEWAY_TYPES.has(type)) return `${str(d.req_method)} ${str(d.invoke_url) || str(d.path)}`;
  if (type === 'OBS') return `${str(d.bucket)} · ${Array.isArray(d.events) ? d.events.join(', ') : ''}`;
  if (type === 'KAFKA' || type === 'OPENSOURCEKAFKA')
    return Array.isArray(d.topic_ids) ? d.topic_ids.join(', ') : '';
  if (type === 'CTS') return Array.isArray(d.operations) ? d.operations.join('; ') : '';
  if (type === 'DIS') return `${str(d.stream_name)} · ${str(d.polling_interval)}${str(d.polling_unit)}`;
  if (type === 'LTS') return `${str(d.log_group_id)} / ${str(d.log_topic_id)}`;
  if (type === 'DDS' || type === 'GeminiDB Mongo') return `${str(d.db_name)}.${str(d.collection_name)}`;
  if (type === 'DMS') return `${str(d.queue_id)} · ${str(d.polling_interval)}s`;
  if (type === 'RABBITMQ') return str(d.exchange_name);
  if (type === 'EVENTGRID') return str(d.source_name);
  return '';
}
