'use strict';

/**
 * Event transformer: turns the events of different trigger types into one flat list of records
 * {source, time, key, data}, e.g. to forward them to a queue or another function.
 */
const decode = (b64) => Buffer.from(String(b64 || ''), 'base64').toString('utf8');

function transform(event, now) {
  if (event && Array.isArray(event.Records)) {
    return event.Records.map((r) => ({
      source: 'OBS',
      time: r.eventTime,
      key: `${r.s3.bucket.name}/${r.s3.object.key}`,
      data: { event: r.eventName, size: r.s3.object.size },
    }));
  }
  if (event && Array.isArray(event.record)) {
    return event.record.map((r) => ({
      source: 'SMN',
      time: r.smn.timestamp,
      key: r.smn.topic_urn,
      data: r.smn.message,
    }));
  }
  if (event && Array.isArray(event.records) && event.trigger_type) {
    return event.records.flatMap((r) =>
      (r.messages || []).map((m) => ({
        source: event.trigger_type,
        time: event.event_time,
        key: r.topic_id,
        data: m,
      })),
    );
  }
  if (event && event.lts && event.lts.data) {
    const payload = JSON.parse(decode(event.lts.data));
    const logs = typeof payload.logs === 'string' ? JSON.parse(payload.logs) : payload.logs || [];
    return logs.map((l) => ({ source: 'LTS', time: l.time, key: payload.log_topic_id, data: l.message }));
  }
  if (event && event.trigger_type === 'TIMER') {
    return [{ source: 'TIMER', time: event.time, key: event.trigger_name, data: event.user_event }];
  }
  if (event && event.httpMethod) {
    const body = event.isBase64Encoded ? decode(event.body) : event.body;
    return [{ source: 'APIG', time: now, key: `${event.httpMethod} ${event.path}`, data: body }];
  }
  return [{ source: 'UNKNOWN', time: now, key: '', data: event }];
}

exports.transform = transform;

exports.handler = async (event, context) => {
  const records = transform(event, new Date().toISOString());
  context.getLogger().info(`transformed ${records.length} record(s)`);
  return { count: records.length, records };
};
