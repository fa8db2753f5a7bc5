import '@mantine/core/styles/Table.css';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { Dependency } from '../api/types';
import { dependencyIdOf, isPublicDependency } from '../api/types';
import { dependenciesCatalogue } from '../i18n';
import { formatBytes } from '@/lib/format-bytes';
import { formatEpochSeconds } from '../utils/format';

interface DependenciesTableProps {
  dependencies: readonly Dependency[];
  selectedId: string | undefined;
  onSelect: (dependency: Dependency) => void;
}

/** One row per dependency (its latest version); the name is a button that opens its versions. */
export function DependenciesTable({ dependencies, selectedId, onSelect }: DependenciesTableProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover stickyHeader aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.runtime')}</Table.Th>
            <Table.Th>{t('table.version')}</Table.Th>
            <Table.Th>{t('table.size')}</Table.Th>
            <Table.Th>{t('table.description')}</Table.Th>
            <Table.Th>{t('table.modified')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dependencies.map((dependency) => {
            const id = dependencyIdOf(dependency);
            return (
              <Table.Tr key={id} bg={id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor
                      component="button"
                      type="button"
                      fw={500}
                      size="sm"
                      aria-label={t('table.open', { name: dependency.name })}
                      onClick={() => {
                        onSelect(dependency);
                      }}
                    >
                      {dependency.name}
                    </Anchor>
                    {isPublicDependency(dependency) ? (
                      <Badge size="xs" variant="light" color="gray">
                        {t('table.publicBadge')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{dependency.runtime}</Table.Td>
                <Table.Td>{dependency.version}</Table.Td>
                <Table.Td>{formatBytes(dependency.size)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {dependency.description || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{formatEpochSeconds(dependency.last_modified)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
