/**
 * Each trigger type's form validates against the seed's rules (the shared contract schemas the local FunctionGraph
 * applies): required fields, formats and ranges show next to their field, and nothing is submitted until they pass.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TriggerTypeCode } from '@/api/contract/trigger-types';
import { renderWithProviders } from '@/testing/render';
import { TriggerForm } from './trigger-form';
import type { TriggerFormSubmit } from './trigger-form';

const typeLabels: Partial<Record<TriggerTypeCode, string>> = {
  TIMER: 'Timer',
  APIG: 'API Gateway (APIG)',
  DEDICATEDGATEWAY: 'API Gateway (Dedicated Gateway)',
  OBS: 'Object Storage Service (OBS)',
  SMN: 'Simple Message Notification (SMN)',
  DMS: 'Distributed Message Service (DMS)',
  DIS: 'Data Ingestion Service (DIS)',
  LTS: 'Log Tank Service (LTS)',
  CTS: 'Cloud Trace Service (CTS)',
  DDS: 'Document Database Service (DDS)',
  KAFKA: 'DMS (for Kafka)',
  RABBITMQ: 'DMS for RabbitMQ',
  IOTDA: 'IoT Device Access (IoTDA)',
};

function setup(type: TriggerTypeCode) {
  const onSubmit = vi.fn<(value: TriggerFormSubmit) => void>();
  const view = renderWithProviders(
    <TriggerForm functionName="hello" onSubmit={onSubmit} onCancel={() => undefined} />,
  );
  return { ...view, onSubmit, type };
}

async function pick(user: ReturnType<typeof setup>['user'], type: TriggerTypeCode) {
  await user.selectOptions(screen.getByLabelText('Trigger type'), typeLabels[type] ?? type);
}

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));

async function fill(user: ReturnType<typeof setup>['user'], values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const input = field(label);
    await user.clear(input);
    if (value !== '') {
      await user.click(input);
      await user.paste(value);
    }
  }
}

const submit = (user: ReturnType<typeof setup>['user']) =>
  user.click(screen.getByRole('button', { name: 'Create' }));

/** The error message shown under a field. */
function errorOf(label: string): string {
  const wrapper = field(label).closest('.mantine-InputWrapper-root');
  return wrapper?.querySelector('.mantine-InputWrapper-error')?.textContent ?? '(no error shown)';
}

interface Case {
  type: TriggerTypeCode;
  /** Values that break one rule of the seed, and the field + message expected. */
  invalid: Record<string, string>;
  field: string;
  message: RegExp;
  /** Values that make the form valid, and a part of the event_data expected in the submit. */
  valid: Record<string, string>;
  expected: Record<string, unknown>;
}

const cases: Case[] = [
  {
    type: 'APIG',
    invalid: { Path: 'no-slash' },
    field: 'Path',
    message: /path must look like \/a\/b/,
    valid: { Path: '/orders', 'Timeout \\(ms\\)': '3000' },
    expected: {
      path: '/orders',
      func_info: { timeout: 3000, invocation_type: 'sync' },
      type: 1,
      auth: 'NONE',
    },
  },
  {
    type: 'OBS',
    invalid: { Bucket: 'bucket', Events: 'ObjectExploded' },
    field: 'Events',
    message: /unknown OBS event/,
    valid: { Events: 'ObjectCreated:Put\ns3:ObjectRemoved:*' },
    expected: { bucket: 'bucket', events: ['ObjectCreated:Put', 's3:ObjectRemoved:*'] },
  },
  {
    type: 'SMN',
    invalid: { 'Topic URN': 'topic-1' },
    field: 'Topic URN',
    message: /must be urn:smn/,
    valid: { 'Topic URN': 'urn:smn:local-1:p:topic-1' },
    expected: { topic_urn: 'urn:smn:local-1:p:topic-1' },
  },
  {
    type: 'DMS',
    invalid: { 'Queue ID': 'q', 'Consumer group ID': 'g', 'Polling interval': '3601' },
    field: 'Polling interval',
    message: /<=3600/,
    valid: { 'Polling interval': '60' },
    expected: { queue_id: 'q', consumer_group_id: 'g', polling_interval: 60 },
  },
  {
    type: 'DIS',
    invalid: { 'Stream name': 'dis-1', 'Polling interval': '90' },
    field: 'Polling interval',
    message: /1-60 seconds/,
    valid: { 'Polling interval': '45' },
    expected: { stream_name: 'dis-1', polling_interval: 45, polling_unit: 's', is_serial: 'true' },
  },
  {
    type: 'LTS',
    invalid: { 'Log group ID': 'g1' },
    field: 'Log stream ID',
    message: /Required/,
    valid: { 'Log stream ID': 's1' },
    expected: { log_group_id: 'g1', log_topic_id: 's1' },
  },
  {
    type: 'CTS',
    invalid: { Name: 'audit', Operations: 'ECS restart' },
    field: 'Operations',
    message: /Service:ResType:operation/,
    valid: { Operations: 'ECS:ecs;server:restartServer;deleteServer' },
    expected: { name: 'audit', operations: ['ECS:ecs;server:restartServer;deleteServer'] },
  },
  {
    type: 'DDS',
    invalid: { 'Instance ID': 'i1', Database: 'd', Collection: 'c', Password: 'pw', 'Batch size': '10001' },
    field: 'Batch size',
    message: /<=10000/,
    valid: { 'Batch size': '500' },
    expected: { instance_id: 'i1', db_name: 'd', collection_name: 'c', db_password: 'pw', batch_size: 500 },
  },
  {
    type: 'RABBITMQ',
    invalid: { 'Instance ID': 'r1', Exchange: 'ex', 'Batch size': '100' },
    field: 'Password',
    message: /Required/,
    valid: { Password: 'secret' },
    expected: { instance_id: 'r1', exchange_name: 'ex', access_password: 'secret', batch_size: 100 },
  },
  {
    type: 'IOTDA',
    invalid: { 'Event data \\(JSON\\)': '{ not json' },
    field: 'Event data \\(JSON\\)',
    message: /Not valid JSON/,
    valid: { 'Event data \\(JSON\\)': '{"product": "p1"}' },
    expected: { product: 'p1' },
  },
];

describe('trigger forms validate with the seed rules', () => {
  it.each(cases)('$type: shows the rule next to $field and submits only valid event_data', async (c) => {
    const { user, onSubmit } = setup(c.type);
    await pick(user, c.type);
    await fill(user, c.invalid);
    await submit(user);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(errorOf(c.field)).toMatch(c.message);
    expect(screen.getByText('Fix the highlighted fields first')).toBeInTheDocument();
    await fill(user, c.valid);
    await submit(user);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = onSubmit.mock.calls[0]?.[0];
    expect(sent?.type).toBe(c.type);
    expect(sent?.eventData).toMatchObject(c.expected);
  });

  it('TIMER: rejects a rate out of range and a name that does not start with a letter or is too long', async () => {
    const { user, onSubmit } = setup('TIMER');
    await fill(user, { Name: '1timer', Schedule: '61m' });
    await submit(user);
    expect(errorOf('Name')).toMatch(/must start with a letter/);
    expect(errorOf('Schedule')).toMatch(/at most 60/);
    await fill(user, { Name: `t${'x'.repeat(64)}`, Schedule: '5m' });
    await submit(user);
    expect(errorOf('Name')).toMatch(/too long \(max 64\)/);
    await fill(user, { Name: 'every-5' });
    await submit(user);
    expect(onSubmit.mock.calls[0]?.[0].eventData).toEqual({
      name: 'every-5',
      schedule_type: 'Rate',
      schedule: '5m',
    });
  });

  it('TIMER: Cron shows the next five runs, follows presets and explains invalid expressions', async () => {
    const { user } = setup('TIMER');
    await user.click(screen.getByRole('radio', { name: 'Cron' }));
    await user.click(screen.getByRole('button', { name: 'Every day at 08:30' }));
    expect(field('Schedule')).toHaveValue('0 30 8 * * *');
    const runs = within(screen.getByRole('list', { name: /Next five runs/ })).getAllByRole('listitem');
    expect(runs).toHaveLength(5);
    // Five different days at the same local time.
    expect(new Set(runs.map((r) => r.textContent)).size).toBe(5);
    await fill(user, { Schedule: '0 61 * * * *' });
    expect(screen.queryByRole('list', { name: /Next five runs/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No run times: .*out of range/)).toBeInTheDocument();
  });

  it('KAFKA: SASL_SSL needs a username and password (FSS.1113)', async () => {
    const { user, onSubmit } = setup('KAFKA');
    await pick(user, 'KAFKA');
    await fill(user, { 'Instance ID': 'k1', Topics: 'orders' });
    await user.click(screen.getByRole('switch', { name: 'SASL_SSL' }));
    await submit(user);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(errorOf('Username')).toMatch(/SASL_SSL is enabled/);
  });
});
