import '@mantine/core/styles/List.css';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { ErrorDetails } from '@/components/ui/error-details';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { configCatalogue } from '../i18n';

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/**
 * One configuration section (UI.md "Detail page": sections save independently): its fields, the list of
 * unsaved changes, Save / Discard, and the error of a failed save next to the edits it kept.
 */
export function ConfigSection({
  title,
  children,
  changes,
  invalid,
  saving,
  error,
  onSave,
  onReset,
}: {
  title: string;
  children: ReactNode;
  changes: FieldChange[];
  invalid: boolean;
  saving: boolean;
  error: unknown;
  onSave: (done: () => void) => void;
  onReset: () => void;
}) {
  const t = useFeatureTranslation(configCatalogue);
  const id = useId();
  const dirty = changes.length > 0;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
        {dirty ? (
          <Paper
            bg="var(--mantine-color-default-hover)"
            p="xs"
            role="region"
            aria-label={`${title}: ${t('common.changes')}`}
          >
            <Text size="sm" fw={600}>
              {t('common.changes')}
            </Text>
            <List size="sm">
              {changes.map((c) => (
                <List.Item key={c.field}>
                  {t('common.change', {
                    field: c.field,
                    from: c.from === '' ? t('common.empty') : c.from,
                    to: c.to === '' ? t('common.empty') : c.to,
                  })}
                </List.Item>
              ))}
            </List>
          </Paper>
        ) : null}
        {error ? (
          <Alert color="red" role="alert" title={t('common.failed', { section: title })}>
            <ErrorDetails error={error} />
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            size="xs"
            aria-label={`${t('common.save')} ${title}`}
            disabled={!dirty || invalid}
            loading={saving}
            onClick={() => {
              onSave(() => {
                notifications.show({ color: 'green', message: t('common.saved', { section: title }) });
              });
            }}
          >
            {t('common.save')}
          </Button>
          <Button
            size="xs"
            variant="default"
            aria-label={`${t('common.reset')} ${title}`}
            disabled={!dirty || saving}
            onClick={onReset}
          >
            {t('common.reset')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The changes between two flat records, labelled for the "unsaved changes" list. */
export function diffFields<T extends Record<string, string>>(
  before: T,
  after: T,
  labels: Record<keyof T, string>,
): FieldChange[] {
  return (Object.keys(labels) as (keyof T)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => ({ field: labels[k], from: before[k] ?? '', to: after[k] ?? '' }));
}
