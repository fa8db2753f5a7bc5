import { describe, expect, it } from 'vitest';
import { VALID_EVENT_DATA } from './event-data-samples';
import { EVENT_TEMPLATES, eventFor, isoWithOffset, timerEvent } from './event-templates';
import { TRIGGER_TYPE_CODES } from './trigger-types';

const now = new Date('2026-03-01T10:00:00Z');

describe('eventFor', () => {
  it('builds the seed’s TIMER event from the trigger (7.13.3 user_event)', () => {
    const event = timerEvent({ name: 'Timer_001', user_event: '{"k":"v"}' }, now);
    expect(event).toEqual({
      version: 'v1.0',
      time: isoWithOffset(now),
      trigger_type: 'TIMER',
      trigger_name: 'Timer_001',
      user_event: '{"k":"v"}',
    });
    expect(new Date(event.time as string).getTime()).toBe(now.getTime());
  });

  it('builds an APIG event with a base64 body, lower-case headers and the trigger path', () => {
    const event = eventFor('APIG', { ...VALID_EVENT_DATA.APIG, req_method: 'POST' }, { now });
    expect(event).toMatchObject({ httpMethod: 'POST', path: '/test_gxz_v1_billing', isBase64Encoded: true });
    expect(JSON.parse(Buffer.from(event.body as string, 'base64').toString())).toEqual({ message: 'hello' });
    for (const name of Object.keys(event.headers as object)) expect(name).toBe(name.toLowerCase());
  });

  it('uses the trigger’s source names in OBS, SMN, LTS and DDS events', () => {
    const obs = eventFor('OBS', VALID_EVENT_DATA.OBS, { now }) as {
      Records: { s3: { bucket: { name: string } } }[];
    };
    expect(obs.Records[0]?.s3.bucket.name).toBe('input-picture2');
    const smn = eventFor('SMN', VALID_EVENT_DATA.SMN, { now, functionUrn: 'urn:x' }) as {
      record: { event_subscription_urn: string; smn: { topic_urn: string } }[];
    };
    expect(smn.record[0]).toMatchObject({
      event_subscription_urn: 'urn:x',
      smn: { topic_urn: VALID_EVENT_DATA.SMN.topic_urn },
    });
    const lts = eventFor('LTS', VALID_EVENT_DATA.LTS, { now }) as { lts: { data: string } };
    const decoded = JSON.parse(Buffer.from(lts.lts.data, 'base64').toString()) as Record<string, unknown>;
    expect(decoded.log_group_id).toBe(VALID_EVENT_DATA.LTS.log_group_id);
    const dds = eventFor('DDS', VALID_EVENT_DATA.DDS, { now }) as { records: { dds: { ns: unknown } }[] };
    expect(dds.records[0]?.dds.ns).toEqual({ db: 'd', coll: 'c' });
  });

  it.each(TRIGGER_TYPE_CODES)(
    'produces a JSON-serialisable event for %s, with and without event_data',
    (type) => {
      for (const data of [VALID_EVENT_DATA[type], {}]) {
        const event = eventFor(type, data, { now });
        expect(JSON.parse(JSON.stringify(event))).toEqual(event);
        expect(Object.keys(event).length).toBeGreaterThan(0);
      }
    },
  );

  it('names the ten console templates after their trigger types', () => {
    expect(EVENT_TEMPLATES).toHaveLength(10);
    for (const t of EVENT_TEMPLATES) expect(t.name).toBe(`${t.type.toLowerCase()}-event-template`);
  });
});
