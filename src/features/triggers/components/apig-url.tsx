import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Tooltip.css';
import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { triggersCatalogue } from '../i18n';

/** An API gateway trigger's callable URL with a copy button. */
export function ApigUrl({ url }: { url: string }) {
  const t = useFeatureTranslation(triggersCatalogue);
  return (
    <Group gap="xs" wrap="nowrap">
      <Code aria-label={t('apig.url')} style={{ wordBreak: 'break-all' }}>
        {url}
      </Code>
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('apig.copied') : t('apig.copy')}>
            <ActionIcon variant="subtle" aria-label={t('apig.copy')} onClick={copy}>
              <Text size="xs">{copied ? '✓' : '⧉'}</Text>
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
