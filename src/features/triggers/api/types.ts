/** Trigger instance (seed 7.13 T7-598): create, get, update and list answer this shape. */
import type { EventData } from '@/api/contract/trigger-event-data';
import type { TriggerStatus, TriggerTypeCode } from '@/api/contract/trigger-types';

export interface Trigger {
  trigger_id: string;
  trigger_type_code: TriggerTypeCode;
  trigger_status: TriggerStatus;
  event_type_code?: string;
  event_data: EventData;
  last_updated_time?: string;
  created_time?: string;
}

/** seed 7.13.3 T7-595 */
export interface CreateTriggerRequest {
  trigger_type_code: TriggerTypeCode;
  trigger_status?: TriggerStatus;
  event_type_code?: string;
  event_data: EventData;
}

/** seed 7.13.6 T7-625 (event_data as one partial object, api-digest §2.10). */
export interface UpdateTriggerRequest {
  trigger_status?: TriggerStatus;
  event_data?: EventData;
}

/** The local "fire now" extension answers like sync invoke with `X-CFF-Request-Version: v1`. */
export interface FireResult {
  request_id: string;
  result: string;
  log?: string;
  status: number;
}
