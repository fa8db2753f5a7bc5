/**
 * The one time-range control (UI.md "Charts"): presets plus a custom from/to in local time. Presentational:
 * the page keeps the value in the URL (see time-range.ts); the labels are the frame's (`timeRange.*`), the same on
 * every page that shows the control.
 */
import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RangeKey, TimeRange } from './time-range';
import { RANGE_PRESETS } from './time-range';

const RANGE_KEYS: readonly RangeKey[] = [...RANGE_PRESETS, 'custom'];

/** `YYYY-MM-DDTHH:mm` in local time, for `<input type="datetime-local">`. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function fromLocalInput(value: string): number {
  return new Date(value).getTime();
}

export function TimeRangeControl({
  value,
  onChange,
  now,
}: {
  value: TimeRange;
  onChange: (next: TimeRange) => void;
  now: number;
}) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState(() => ({
    from: toLocalInput(value.from ?? now - 3_600_000),
    to: toLocalInput(value.to ?? now),
  }));
  const [editing, setEditing] = useState(value.key === 'custom');
  const from = fromLocalInput(custom.from);
  const to = fromLocalInput(custom.to);
  const valid = Number.isFinite(from) && Number.isFinite(to) && to > from;
  return (
    <Group gap="xs" align="end" wrap="wrap">
      <SegmentedControl
        aria-label={t('timeRange.group')}
        size="xs"
        value={editing ? 'custom' : value.key}
        data={RANGE_KEYS.map((key) => ({
          value: key,
          label: t(`timeRange.presets.${key}`),
        }))}
        onChange={(key) => {
          if (key === 'custom') {
            setEditing(true);
            return;
          }
          setEditing(false);
          onChange({ key: key });
        }}
      />
      {editing && (
        <>
          <TextInput
            size="xs"
            type="datetime-local"
            label={t('timeRange.from')}
            value={custom.from}
            onChange={(e) => {
              setCustom((c) => ({ ...c, from: e.currentTarget.value }));
            }}
          />
          <TextInput
            size="xs"
            type="datetime-local"
            label={t('timeRange.to')}
            value={custom.to}
            onChange={(e) => {
              setCustom((c) => ({ ...c, to: e.currentTarget.value }));
            }}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!valid}
            onClick={() => {
              onChange({ key: 'custom', from, to });
            }}
          >
            {t('timeRange.apply')}
          </Button>
        </>
      )}
    </Group>
  );
}
