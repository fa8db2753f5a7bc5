import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { FunctionConfig } from '@/api/contract/functions';
import { ErrorDetails } from '@/components/ui/error-details';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';

/** Enable/disable: max instances 0 disables the function (seed 7.6.8); enabling sets it back to unlimited. */
export function StatusSection({ fn }: { fn: FunctionConfig }) {
  const t = useFeatureTranslation(configCatalogue);
  const id = useId();
  const save = useSectionSave(saves.maxInstances);
  const disabled = fn.strategy_config?.concurrency === 0;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {t('status.title')}
        </Title>
        <Text size="sm">{disabled ? t('status.disabled') : t('status.enabled')}</Text>
        {save.error ? (
          <Alert color="red" role="alert" title={t('common.failed', { section: t('status.title') })}>
            <ErrorDetails error={save.error} />
          </Alert>
        ) : null}
        <Group>
          <Button
            size="xs"
            color={disabled ? 'teal' : 'red'}
            variant="light"
            loading={save.isPending}
            onClick={() => {
              save.mutate(disabled ? -1 : 0);
            }}
          >
            {disabled ? t('status.enable') : t('status.disable')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
