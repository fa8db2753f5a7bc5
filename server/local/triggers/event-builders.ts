/**
 * Sample events per push/pull source (RUNTIME-CONTRACT.md §4), filled from a trigger's `event_data`. Used by
 * `eventFor` in event-templates.ts.
 */
import type { EventData } from './event-data';
import type { EventContext } from './event-templates';

export type Json = Record<string, unknown>;

export const str = (value: unknown, fallback: string): string =>
  typeof value === 'string' && value ? value : fallback;
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64');
const uuid = '9f5a5f0c-4b7e-4c1e-9d7a-1f2e3d4c5b6a';

export function apigEvent(d: EventData): Json {
  const path = str(d.path, '/hello');
  return {
    body: Buffer.from('{"message":"hello"}').toString('base64'),
    requestContext: {
      apiId: str(d.api_id, 'bc1dcffd-aa35-474d-897c-d53425a4c08e'),
      requestId: uuid,
      stage: str(d.env_name, 'RELEASE'),
    },
    queryStringParameters: { responseType: 'html' },
    httpMethod: d.req_method === 'ANY' || typeof d.req_method !== 'string' ? 'GET' : d.req_method,
    pathParameters: {},
    headers: {
      accept: 'text/html,application/json',
      'content-type': 'application/json',
      host: str(d.sl_domain, '127.0.0.1'),
      'user-agent': 'curl/8.0',
      'x-request-id': uuid,
    },
    path,
    isBase64Encoded: true,
  };
}

export function obsEvent(d: EventData, ctx: EventContext): Json {
  const now = ctx.now ?? new Date();
  const bucket = str(d.bucket, 'my-bucket');
  return {
    Records: [
      {
        eventVersion: '2.0',
        eventTime: now.toISOString(),
        eventName: 'ObjectCreated:Put',
        awsRegion: ctx.region ?? 'local-1',
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        userIdentity: { principalId: '9bf43789b1ff4b679040f35cc4f0dc05' },
        responseElements: { 'x-obs-request-id': '0001', 'x-obs-id-2': 'sample' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: str(d.name, 'obs-event-sample'),
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}`, ownerIdentity: { PrincipalId: '0ed1b73f' } },
          object: {
            key: `${str(d.prefix, '')}image${str(d.suffix, '.png')}`,
            size: 777835,
            eTag: '9d377b10ce778c4938b3c7e2c63a229a',
            sequencer: '1E1C6D8BF3E4B7A8',
            versionId: 'null',
          },
        },
      },
    ],
  };
}

export function smnEvent(d: EventData, ctx: EventContext): Json {
  const now = ctx.now ?? new Date();
  return {
    record: [
      {
        event_version: '1.0',
        event_source: 'smn',
        event_subscription_urn: ctx.functionUrn ?? 'urn:fss:local-1:project:function:default:hello',
        smn: {
          topic_urn: str(d.topic_urn, 'urn:smn:local-1:project:my-topic'),
          timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          message_attributes: null,
          message: 'hello from SMN',
          type: 'notification',
          message_id: 'a51671f77d4a479cacb09e2cd591a983',
          subject: 'sample',
        },
      },
    ],
    functionname: ctx.functionName ?? 'hello',
    requestId: uuid,
    timestamp: now.toString(),
  };
}

export function kafkaEvent(d: EventData, ctx: EventContext, type: string): Json {
  const instanceId = str(d.instance_id, '81335d56-b9fe-4679-ba95-7030949cc657');
  const topics = Array.isArray(d.topic_ids) ? (d.topic_ids as unknown[]) : ['topic-sample'];
  return {
    event_version: 'v1.0',
    event_time: Math.floor((ctx.now ?? new Date()).getTime() / 1000),
    trigger_type: type,
    region: ctx.region ?? 'local-1',
    instance_id: instanceId,
    records: [
      {
        messages: ['kafka message1', 'kafka message2'],
        instance_id: instanceId,
        topic_id: str(topics[0], 'topic-sample'),
      },
    ],
  };
}

export function disEvent(d: EventData): Json {
  return {
    ShardID: 'shardId-0000000000',
    Message: {
      next_partition_cursor: 'eyJnZXRJdGVyYXRvclBhcmFtIjp7fX0',
      records: [
        {
          partition_key: 'shardId_0000000000',
          data: Buffer.from('hello DIS').toString('base64'),
          sequence_number: '0',
        },
      ],
      millis_behind_latest: '',
    },
    Tag: 'latest',
    StreamName: str(d.stream_name, 'dis-sample'),
  };
}

export function ltsEvent(d: EventData, ctx: EventContext): Json {
  const time = (ctx.now ?? new Date()).getTime();
  return {
    lts: {
      data: b64({
        logs: [
          {
            message: '2026-01-01/12:00:00 [INFO] sample log line',
            time,
            host_name: 'ecs-sample',
            ip: '192.168.0.10',
            path: '/var/log/app.log',
            log_uid: '1',
            line_no: 1,
          },
        ],
        owner: ctx.projectId ?? 'project',
        log_group_id: str(d.log_group_id, 'sample-group'),
        log_topic_id: str(d.log_topic_id, 'sample-topic'),
      }),
    },
  };
}

export function ctsEvent(d: EventData, ctx: EventContext): Json {
  const time = (ctx.now ?? new Date()).getTime();
  const op = str(Array.isArray(d.operations) ? d.operations[0] : undefined, 'ECS:ecs;server:restartServer');
  const [service = 'ECS', resources = 'ecs', operations = 'restartServer'] = op.split(':');
  return {
    cts: {
      time,
      user: {
        name: 'userName',
        id: '5b726c4fbfd84821ba866bafaaf56aax',
        domain: { name: 'domainName', id: 'b2b3853af40448fcb9e40dxj89505ba' },
      },
      request: {},
      response: {},
      code: 204,
      service_type: service,
      resource_type: resources.split(';')[0] ?? 'ecs',
      resource_name: 'sample-resource',
      resource_id: 'c8e5e2b1-0d0a-4b3a-9c0f-4d7b3e2a1f00',
      trace_name: operations.split(';')[0] ?? 'restartServer',
      trace_type: 'ConsoleAction',
      record_time: time,
      trace_id: 'e001ccb9-bc09-11e6-b00b-4b2a61338db6',
      trace_status: 'normal',
    },
  };
}

export function ddsEvent(d: EventData, ctx: EventContext, source: string): Json {
  return {
    records: [
      {
        event_source: source,
        event_name: 'insert',
        event_version: '1.0',
        region: ctx.region ?? 'local-1',
        event_source_id: str(d.instance_id, 'dds-instance'),
        dds: {
          size_bytes: '100',
          token: { _data: '825F3E5C2B000000012B022C0100296E5A1004' },
          full_document: { _id: { $oid: '5f3e5c2b9e2b4b0001a1b2c3' }, name: 'sample' },
          ns: { db: str(d.db_name, 'db'), coll: str(d.collection_name, 'coll') },
        },
      },
    ],
  };
}

export function rabbitEvent(d: EventData, ctx: EventContext): Json {
  return {
    event_version: 'v1.0',
    event_time: Math.floor((ctx.now ?? new Date()).getTime() / 1000),
    trigger_type: 'RABBITMQ',
    region: ctx.region ?? 'local-1',
    instance_id: str(d.instance_id, 'rabbitmq-instance'),
    records: [
      {
        messages: ['rabbitmq message'],
        exchange_name: str(d.exchange_name, 'exchange'),
        vhost: str(d.vhost, '/'),
      },
    ],
  };
}

/** CloudEvents 1.0 envelope, as EventGrid delivers (unconfirmed detail; kept minimal). */
export function eventGridEvent(d: EventData, ctx: EventContext): Json {
  const types = Array.isArray(d.event_types) ? (d.event_types as unknown[]) : [];
  return {
    specversion: '1.0',
    id: uuid,
    source: str(d.source_name, 'HC.OBS.DWR'),
    type: str(types[0], 'OBS:DWR:ObjectCreated:PUT'),
    time: (ctx.now ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    subject: `${str(d.bucket, 'bucket')}/${str(d.prefix, '')}object`,
    data: { bucket: str(d.bucket, 'bucket'), key: `${str(d.prefix, '')}object` },
  };
}

export function iotdaEvent(ctx: EventContext): Json {
  return {
    resource: 'device.message',
    event: 'report',
    event_time: (ctx.now ?? new Date()).toISOString(),
    notify_data: {
      header: {
        device_id: 'device-001',
        product_id: 'product-001',
        app_id: 'app-001',
        gateway_id: 'device-001',
      },
      body: { content: { temperature: 21.5 } },
    },
  };
}
