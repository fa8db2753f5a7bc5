import { describe, expect, it } from 'vitest';
import { HttpError } from '../../shared/errors';
import { mergeEventDataUpdate, parseEventData } from './event-data';
import { canDisable, defaultStatus, INVALID_PARAMS_CODE, TRIGGER_TYPE_CODES } from './trigger-types';
import { VALID_EVENT_DATA } from './event-data-samples';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError) return `${String(error.status)} ${error.code}`;
    throw error;
  }
  return 'ok';
}

describe('parseEventData', () => {
  it.each(TRIGGER_TYPE_CODES)('accepts the sample event_data of %s', (type) => {
    expect(() => parseEventData(type, VALID_EVENT_DATA[type])).not.toThrow();
  });

  it.each(TRIGGER_TYPE_CODES.filter((t) => t !== 'IOTDA' && t !== 'EVENTGRID'))(
    'rejects an empty %s event_data with its own code',
    (type) => {
      const expected = type === 'CTS' ? '400 FSS.1312' : `400 ${INVALID_PARAMS_CODE[type]}`;
      expect(codeOf(() => parseEventData(type, {}))).toBe(expected);
    },
  );

  it.each(TRIGGER_TYPE_CODES)('rejects a non-object %s event_data', (type) => {
    for (const bad of [null, 'x', 3, []]) {
      expect(codeOf(() => parseEventData(type, bad))).toBe(`400 ${INVALID_PARAMS_CODE[type]}`);
    }
  });

  it('drops fields of other types and keeps the type’s own', () => {
    const stored = parseEventData('SMN', { topic_urn: 'urn:smn:r:p:t', schedule: '3m', bucket: 'b' });
    expect(stored).toEqual({ topic_urn: 'urn:smn:r:p:t' });
  });

  it.each([
    ['TIMER', { name: 'a'.repeat(65), schedule_type: 'Rate', schedule: '1m' }, '400 FSS.1317'],
    ['TIMER', { name: '1abc', schedule_type: 'Rate', schedule: '1m' }, '400 FSS.1109'],
    ['TIMER', { name: 'ok', schedule_type: 'Rate', schedule: '61m' }, '400 FSS.1109'],
    ['TIMER', { name: 'ok', schedule_type: 'Cron', schedule: '0 0 25 * * *' }, '400 FSS.1109'],
    ['APIG', { ...VALID_EVENT_DATA.APIG, path: 'no-slash' }, '400 FSS.1107'],
    ['APIG', { ...VALID_EVENT_DATA.APIG, func_info: { timeout: 60001 } }, '400 FSS.1107'],
    ['APIG', { ...VALID_EVENT_DATA.APIG, req_method: 'TRACE' }, '400 FSS.1107'],
    ['OBS', { bucket: 'b', events: ['ObjectTouched'] }, '400 FSS.1106'],
    ['OBS', { bucket: 'b'.repeat(65), events: ['Put'] }, '400 FSS.1106'],
    ['DIS', { ...VALID_EVENT_DATA.DIS, batch_size: 10001 }, '400 FSS.1104'],
    ['DIS', { ...VALID_EVENT_DATA.DIS, polling_interval: 61 }, '400 FSS.1104'],
    ['DIS', { ...VALID_EVENT_DATA.DIS, max_fetch_bytes: 4194305 }, '400 FSS.1104'],
    ['KAFKA', { ...VALID_EVENT_DATA.KAFKA, batch_size: 1001 }, '400 FSS.1112'],
    ['KAFKA', { ...VALID_EVENT_DATA.KAFKA, kafka_ssl_enable: true }, '400 FSS.1113'],
    ['OPENSOURCEKAFKA', { topic_ids: ['t'], batch_size: 1 }, '400 FSS.1112'],
    ['DDS', { ...VALID_EVENT_DATA.DDS, batch_size: 0 }, '400 FSS.1164'],
    ['CTS', { name: 'n', operations: ['not an op'] }, '400 FSS.1305'],
    ['SMN', { topic_urn: 'not-a-urn' }, '400 FSS.1102'],
    ['EVENTGRID', { status: 'DISABLED' }, '400 FSS.0400'],
  ] as const)('%s %j → %s', (type, data, expected) => {
    expect(codeOf(() => parseEventData(type, data))).toBe(expected);
  });

  it('accepts is_serial as a boolean and stores the seed’s string form', () => {
    expect(parseEventData('DIS', { ...VALID_EVENT_DATA.DIS, is_serial: false }).is_serial).toBe('false');
  });

  it('accepts the OBS event enum and the s3: form (digest §7 #21)', () => {
    for (const e of [
      'ObjectCreated',
      'Put',
      'DeleteMarkerCreated',
      's3:ObjectRemoved:*',
      's3:ObjectCreated:Copy',
    ]) {
      expect(() => parseEventData('OBS', { bucket: 'b', events: [e] })).not.toThrow();
    }
  });
});

describe('mergeEventDataUpdate (seed 7.13.6)', () => {
  const dis = parseEventData('DIS', VALID_EVENT_DATA.DIS);

  it('merges the SDK’s array form and re-validates', () => {
    const merged = mergeEventDataUpdate('DIS', dis, [{ polling_interval: 10, is_serial: false }]);
    expect(merged).toMatchObject({ polling_interval: 10, is_serial: 'false', stream_name: 'dis-qYPJ' });
    expect(codeOf(() => mergeEventDataUpdate('DIS', dis, { polling_unit: 'hours' }))).toBe('400 FSS.1104');
  });

  it('refuses to change an OBS bucket', () => {
    const obs = parseEventData('OBS', VALID_EVENT_DATA.OBS);
    expect(codeOf(() => mergeEventDataUpdate('OBS', obs, { bucket: 'other' }))).toBe('400 FSS.1106');
    expect(mergeEventDataUpdate('OBS', obs, { prefix: 'in/' }).prefix).toBe('in/');
  });
});

describe('trigger type rules (seed 7.13.3)', () => {
  it('creates DDS and KAFKA disabled, others active', () => {
    expect(defaultStatus('DDS')).toBe('DISABLED');
    expect(defaultStatus('KAFKA')).toBe('DISABLED');
    expect(defaultStatus('TIMER')).toBe('ACTIVE');
    expect(defaultStatus('APIG')).toBe('ACTIVE');
  });

  it('lets only TIMER, DDS, DMS, KAFKA and LTS (and their family) be disabled', () => {
    const disableable = TRIGGER_TYPE_CODES.filter((t) => canDisable(t));
    expect(disableable).toEqual(['TIMER', 'DDS', 'DMS', 'LTS', 'KAFKA', 'OPENSOURCEKAFKA', 'GeminiDB Mongo']);
  });
});
