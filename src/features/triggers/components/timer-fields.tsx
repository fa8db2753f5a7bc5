import '@mantine/core/styles/List.css';
import { Button, Group, List, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { triggersCatalogue } from '../i18n';
import { CRON_PRESETS, previewRuns } from '../utils/next-run-preview';
import type { FormValues } from '../utils/trigger-fields';

interface TimerFieldsProps {
  values: FormValues;
  onChange: (key: string, value: string) => void;
  errorOf: (key: string) => string | undefined;
  /** Injected clock for the preview (tests); defaults to now. */
  now?: Date;
}

/** TIMER: Rate or Cron (seed 7.13.3), cron presets and the next five run times. */
export function TimerFields({ values, onChange, errorOf, now }: TimerFieldsProps) {
  const t = useFeatureTranslation(triggersCatalogue);
  const { i18n } = useTranslation();
  const scheduleType = values.schedule_type === 'Cron' ? 'Cron' : 'Rate';
  const schedule = typeof values.schedule === 'string' ? values.schedule : '';
  const preview = useMemo(
    () => previewRuns(scheduleType, schedule, now ?? new Date()),
    [scheduleType, schedule, now],
  );
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <Stack gap="sm">
      <TextInput
        label={t('fields.name')}
        required
        value={typeof values.name === 'string' ? values.name : ''}
        error={errorOf('name')}
        onChange={(e) => {
          onChange('name', e.currentTarget.value);
        }}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="timer-rule-label">
          {t('fields.schedule_type')}
        </Text>
        <SegmentedControl
          aria-labelledby="timer-rule-label"
          value={scheduleType}
          data={[
            { value: 'Rate', label: t('timer.rate') },
            { value: 'Cron', label: t('timer.cron') },
          ]}
          onChange={(v) => {
            onChange('schedule_type', v);
            onChange('schedule', v === 'Cron' ? '0 * * * * *' : '1m');
          }}
        />
      </Stack>
      <TextInput
        label={t('fields.schedule')}
        required
        ff="monospace"
        description={scheduleType === 'Rate' ? t('timer.rateHint') : t('timer.cronHint')}
        value={schedule}
        error={errorOf('schedule')}
        onChange={(e) => {
          onChange('schedule', e.currentTarget.value);
        }}
      />
      {scheduleType === 'Cron' && (
        <Group gap="xs" aria-label={t('timer.presets')} role="group">
          {CRON_PRESETS.map((preset) => (
            <Button
              key={preset.id}
              size="compact-xs"
              variant="light"
              onClick={() => {
                onChange('schedule', preset.schedule);
              }}
            >
              {t(`timer.${preset.id}`)}
            </Button>
          ))}
        </Group>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="timer-next-runs">
          {t('timer.nextRuns')}
        </Text>
        {preview.ok ? (
          <List size="sm" aria-labelledby="timer-next-runs" ff="monospace">
            {preview.runs.map((run) => (
              <List.Item key={run.getTime()}>{format.format(run)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('timer.invalid', { reason: preview.problem })}
          </Text>
        )}
      </Stack>
      <Textarea
        label={t('fields.user_event')}
        value={typeof values.user_event === 'string' ? values.user_event : ''}
        error={errorOf('user_event')}
        rows={2}
        onChange={(e) => {
          onChange('user_event', e.currentTarget.value);
        }}
      />
    </Stack>
  );
}
