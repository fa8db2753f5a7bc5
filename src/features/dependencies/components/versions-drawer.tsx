import '@mantine/core/styles/Drawer.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { Alert, Button, Code, Drawer, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useDependencyVersions } from '../api/list-dependency-versions';
import type { Dependency } from '../api/types';
import { dependencyIdOf, isPublicDependency } from '../api/types';
import { dependenciesCatalogue } from '../i18n';
import { formatBytes } from '@/lib/format-bytes';
import { formatEpochSeconds } from '../utils/format';
import { DeleteVersionModal } from './delete-version-modal';

interface VersionsDrawerProps {
  dependency: Dependency;
  onClose: () => void;
  onCreateVersion: () => void;
}

/** The versions of one dependency, newest first; private ones can be deleted (with a confirm) or added to. */
export function VersionsDrawer({ dependency, onClose, onCreateVersion }: VersionsDrawerProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const query = useDependencyVersions(dependencyIdOf(dependency));
  const [deleting, setDeleting] = useState<Dependency | null>(null);
  const readOnly = isPublicDependency(dependency);
  const versions = [...(query.data ?? [])].sort((a, b) => b.version - a.version);
  const name = dependency.name;

  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={t('versions.title', { name })}>
      <Stack>
        {readOnly ? (
          <Alert color="gray">{t('versions.readOnly')}</Alert>
        ) : (
          <Group>
            <Button variant="default" onClick={onCreateVersion}>
              {t('createVersion')}
            </Button>
          </Group>
        )}
        {query.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label={t('versions.loading')}>
            <Skeleton height={28} />
            <Skeleton height={28} />
          </Stack>
        ) : query.isError ? (
          <QueryError
            title={t('versions.loadFailed')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('versions.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('versions.label', { name })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('versions.version')}</Table.Th>
                  <Table.Th>{t('versions.size')}</Table.Th>
                  <Table.Th>{t('versions.etag')}</Table.Th>
                  <Table.Th>{t('versions.modified')}</Table.Th>
                  {readOnly ? null : <Table.Th>{t('versions.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{v.version}</Table.Td>
                    <Table.Td>{formatBytes(v.size)}</Table.Td>
                    <Table.Td>
                      <Code>{v.etag}</Code>
                    </Table.Td>
                    <Table.Td>{formatEpochSeconds(v.last_modified)}</Table.Td>
                    {readOnly ? null : (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('versions.deleteLabel', { name, version: v.version })}
                          onClick={() => {
                            setDeleting(v);
                          }}
                        >
                          {t('versions.delete')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {deleting ? (
        <DeleteVersionModal
          version={{
            ...deleting,
            name: deleting.name || name,
            dep_id: deleting.dep_id ?? dependencyIdOf(dependency),
          }}
          last={versions.length === 1}
          onClose={() => {
            setDeleting(null);
          }}
          onDeleted={() => {
            setDeleting(null);
            if (versions.length === 1) onClose();
          }}
        />
      ) : null}
    </Drawer>
  );
}
