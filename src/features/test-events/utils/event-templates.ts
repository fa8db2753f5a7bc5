/**
 * Event templates per trigger type (the shapes FunctionGraph delivers; names as in the console's "Event
 * Template" list, GLOSSARY §9). Bodies are what the function receives as `event`.
 */
export const TEMPLATE_IDS = [
  'blank',
  'APIG',
  'TIMER',
  'OBS',
  'SMN',
  'DIS',
  'KAFKA',
  'LTS',
  'CTS',
  'DDS',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const TEMPLATES: Record<TemplateId, unknown> = {
  blank: { key: 'value' },
  APIG: {
    body: '',
    requestContext: {
      apiId: 'bc1dcffd-aa35-474d-897c-d53425a4c08e',
      requestId: '11cdcdcf33949dc6d722640a13091c77',
      stage: 'RELEASE',
    },
    queryStringParameters: { responseType: 'html' },
    httpMethod: 'GET',
    pathParameters: {},
    headers: {
      'accept-language': 'zh-CN,zh;q=0.8',
      'content-type': 'application/json',
      host: 'www.example.com',
    },
    path: '/apig-event-template',
    isBase64Encoded: true,
  },
  TIMER: {
    version: 'v1.0',
    time: '2018-06-01T08:30:00+08:00',
    trigger_type: 'TIMER',
    trigger_name: 'Timer_001',
    user_event: 'User Event',
  },
  OBS: {
    Records: [
      {
        eventVersion: '2.0',
        eventSource: 'aws:s3',
        eventRegion: 'cn-north-1',
        eventTime: '2018-01-09T07:50:50.028Z',
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: '9bf43789b1ff4b679040f35cc4f0dc05' },
        requestParameters: { sourceIPAddress: '103.218.216.125' },
        responseElements: { 'x-amz-request-id': '4C4B8E7B1E7E4C6B9E0A', 'x-amz-id-2': 'example' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'UK1DGFPYUKUZFHNQ00000160CC0B471D101ED30CE24DF4DB',
          bucket: {
            name: 'obs-bucket',
            ownerIdentity: { PrincipalId: '9bf43789b1ff4b679040f35cc4f0dc05' },
            arn: 'arn:aws:s3:::obs-bucket',
            id: 'example',
          },
          object: {
            key: 'object.txt',
            eTag: '9d377b10ce778c4938b3c7e2c63a229a',
            size: 128,
            versionId: 'null',
            sequencer: '00000000000000000000000000000000',
          },
        },
      },
    ],
  },
  SMN: {
    record: [
      {
        event_version: '1.0',
        smn: {
          topic_urn: 'urn:smn:cn-north-4:0162c0f220284698b77a3d264376343a:{{function_name}}',
          timestamp: '2018-01-09T07:11:40Z',
          message_attributes: null,
          message: 'this is smn message content',
          type: 'notification',
          message_id: 'a51671f77d4a479cacb09e2cd591a983',
          subject: 'this is smn message subject',
        },
        event_subscription_urn:
          'urn:fss:cn-north-4:0162c0f220284698b77a3d264376343a:function:default:read-smn-message:latest',
        event_source: 'smn',
      },
    ],
    functionname: 'test',
    requestId: '7c307f6a-cf68-4e65-8be0-4c77405a1b2c',
    timestamp: 'Tue Jan 09 2018 15:11:40 GMT+0800 (CST)',
  },
  DIS: {
    ShardID: 'shardId-0000000000',
    Message: {
      next_partition_cursor: '',
      records: [{ partition_key: 'shardId-0000000000', data: 'MTExMQ==', sequence_number: '0' }],
      millis_behind_latest: '',
    },
    Tag: 'latest',
    StreamName: 'dis-swtest',
  },
  KAFKA: {
    event_version: 'v1.0',
    event_time: 1576737962,
    trigger_type: 'KAFKA',
    region: 'cn-north-4',
    instance_id: '81335d56-b9fe-4679-ba95-7030949cc76b',
    records: [{ messages: ['kafka message1', 'kafka message2'], topic_id: 'topic-test' }],
  },
  LTS: {
    lts: { data: 'eyJsb2dzIjoiW3tcIm1lc3NhZ2VcIjpcImhlbGxvIGx0c1wiLFwidGltZVwiOjE1NzY2NzE2NjcyNTh9XSJ9' },
  },
  CTS: {
    cts: {
      time: '',
      user: { name: 'userName', id: '', domain: { name: 'domainName', id: '' } },
      request: {},
      response: {},
      code: 204,
      service_type: 'FunctionGraph',
      resource_type: '',
      resource_name: '',
      resource_id: {},
      trace_name: '',
      trace_type: 'ConsoleAction',
      record_time: '',
      trace_id: '',
      trace_status: 'normal',
    },
  },
  DDS: {
    records: [
      {
        event_source: 'dds',
        event_name: 'insert',
        region: 'cn-north-4',
        event_version: '1.0',
        dds: {
          size_bytes: '100',
          token:
            '{"_data":"825DE7A3A4000000012B022C0100296E5A1004C7CBF9F2C2E64A8B9E10D8F8E7B6D06F46645F696400645DE7A3A4A8B4A2C2E1D1F4F50004"}',
          full_document: '{"_id":{"$oid":"5de7a3a4a8b4a2c2e1d1f4f5"},"name":"test"}',
          ns: '{"db":"test","coll":"test"}',
        },
        event_source_id: 'e6065860-f7b8-4cca-80bd-24ef2a3f1748',
      },
    ],
  },
};

export function templateBody(id: TemplateId): string {
  return JSON.stringify(TEMPLATES[id], null, 2);
}
