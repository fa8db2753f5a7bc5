import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Table.css';
import { Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { versionsAliasesCatalogue } from '../i18n';
import type { ConfigRow } from '../utils/config-diff';

/** Configuration field by field; unchanged fields hidden unless asked for. */
export function ConfigDiffTable({
  rows,
  original,
  modified,
}: {
  rows: ConfigRow[];
  original: string;
  modified: string;
}) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? rows : rows.filter((r) => r.changed);
  return (
    <Stack gap="xs">
      <Switch
        label={t('diff.showUnchanged')}
        checked={showAll}
        onChange={(e) => {
          setShowAll(e.currentTarget.checked);
        }}
      />
      {visible.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('diff.noConfigChanges')}
        </Text>
      ) : (
        <Table aria-label={t('diff.config')} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('diff.field')}</Table.Th>
              <Table.Th>{original}</Table.Th>
              <Table.Th>{modified}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <Table.Tr key={row.field} fw={row.changed ? 600 : undefined}>
                <Table.Td ff="monospace">{row.field}</Table.Td>
                <Table.Td
                  ff="monospace"
                  c={row.changed ? 'red' : undefined}
                  style={{ wordBreak: 'break-all' }}
                >
                  {row.original}
                </Table.Td>
                <Table.Td
                  ff="monospace"
                  c={row.changed ? 'green' : undefined}
                  style={{ wordBreak: 'break-all' }}
                >
                  {row.modified}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
