/** Starting values of the create form per type: valid where the local FunctionGraph needs nothing real. */
import type { EventData } from '@/api/contract/trigger-event-data';
import type { TriggerTypeCode } from '@/api/contract/trigger-types';

const suffix = () => Math.random().toString(36).slice(2, 6);

export function defaultEventData(type: TriggerTypeCode, functionName: string): EventData {
  const gateway = {
    name: `API_${functionName}`.slice(0, 255),
    group_id: 'local',
    env_id: 'DEFAULT_ENVIRONMENT_RELEASE_ID',
    env_name: 'RELEASE',
    auth: 'NONE',
    protocol: 'HTTP',
    path: `/${functionName}`,
    match_mode: 'SWA',
    req_method: 'ANY',
    type: 1,
    func_info: { timeout: 5000, invocation_type: 'sync' },
  };
  switch (type) {
    case 'TIMER':
      return { name: `Timer-${suffix()}`, schedule_type: 'Rate', schedule: '1m' };
    case 'APIG':
      return gateway;
    case 'DEDICATEDGATEWAY':
    case 'APIC':
      return { ...gateway, instance_id: '' };
    case 'OBS':
      return { events: ['ObjectCreated'] };
    case 'DMS':
      return { polling_interval: 30 };
    case 'DIS':
      return {
        sharditerator_type: 'TRIM_HORIZON',
        polling_interval: 30,
        polling_unit: 's',
        batch_size: 100,
        is_serial: 'true',
      };
    case 'DDS':
    case 'GeminiDB Mongo':
      return { batch_size: 100 };
    case 'KAFKA':
    case 'OPENSOURCEKAFKA':
    case 'RABBITMQ':
      return { batch_size: 100 };
    case 'IOTDA':
      return {};
    default:
      return {};
  }
}
