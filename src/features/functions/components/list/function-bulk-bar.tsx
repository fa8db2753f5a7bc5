import { Button, Group, Paper, Text } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { functionsCatalogue } from '../../i18n';

/** Shown while rows are selected: how many, and the bulk actions (export, delete). */
export function FunctionBulkBar({
  count,
  exporting,
  onExport,
  onDelete,
}: {
  count: number;
  exporting: { done: number; total: number } | null;
  onExport: () => void;
  onDelete: () => void;
}) {
  const t = useFeatureTranslation(functionsCatalogue);
  if (count === 0) return null;
  return (
    <Paper withBorder p="xs" mb="sm" role="region" aria-label={t('list.selected', { count })}>
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('list.selected', { count })}
        </Text>
        <Button size="xs" variant="default" onClick={onExport} loading={exporting !== null}>
          {t('list.bulkExport')}
        </Button>
        {exporting ? (
          <Text size="sm" role="status">
            {t('export.progress', exporting)}
          </Text>
        ) : null}
        <Button size="xs" color="red" variant="light" onClick={onDelete}>
          {t('list.bulkDelete')}
        </Button>
      </Group>
    </Paper>
  );
}
