import { Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';

/** The message of any error, plus the code and request id of an ApiError, as users quote them for help. */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const api = isApiError(error) ? error : undefined;
  const message =
    api?.code === 'FGC.NETWORK'
      ? t('errors.network')
      : error instanceof Error && error.message
        ? error.message
        : t('errors.unexpected');
  return (
    <Stack gap={4}>
      <Text size="sm">{message}</Text>
      {api ? (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('errors.code')}
          </Text>
          <Code>{api.code}</Code>
        </Group>
      ) : null}
      {api?.requestId ? (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('errors.requestId')}
          </Text>
          <Code>{api.requestId}</Code>
        </Group>
      ) : null}
    </Stack>
  );
}
