import { Badge, Code, Stack, Text } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { FireResult } from '../api/types';
import { triggersCatalogue } from '../i18n';

/** What "fire now" returned: the sync-invoke v1 body (status, result, tail of the log). */
export function FireResultView({ result }: { result: FireResult }) {
  const t = useFeatureTranslation(triggersCatalogue);
  return (
    <Stack gap="xs">
      <Badge color={result.status === 200 ? 'green' : 'red'}>
        {t('fire.status', { status: result.status })}
      </Badge>
      <Text size="sm" fw={500}>
        {t('fire.result')}
      </Text>
      <Code block aria-label={t('fire.result')}>
        {result.result}
      </Code>
      {result.log ? (
        <>
          <Text size="sm" fw={500}>
            {t('fire.log')}
          </Text>
          <Code block aria-label={t('fire.log')} style={{ maxHeight: 240, overflow: 'auto' }}>
            {result.log}
          </Code>
        </>
      ) : null}
    </Stack>
  );
}
