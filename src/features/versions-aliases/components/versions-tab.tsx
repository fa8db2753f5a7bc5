import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { ActionIcon, Alert, Button, Group, Modal, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import { useFunctionVersions } from '@/lib/function-api/list-function-versions';
import type { FunctionRef } from '@/lib/function-ref';
import { useDeleteVersion } from '../api/versions';
import { versionsAliasesCatalogue } from '../i18n';
import { PublishVersion } from './publish-version';
import { VersionDiff } from './version-diff';

/** The Versions tab: published versions, publish, delete, and the diff of any two versions. */
export function VersionsTab({ fn }: { fn: FunctionRef }) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const scope = useConnectionScope();
  const query = useFunctionVersions(scope, fn.unqualifiedUrn);
  const [publishing, setPublishing] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useDeleteVersion(fn);
  const versions = query.data ?? [];
  const published = versions.filter((v) => v.version !== 'latest');

  return (
    <Stack>
      <Group justify="space-between">
        <Button variant="default" onClick={() => void query.refetch()} loading={query.isFetching}>
          {t('versions.refresh')}
        </Button>
        <Button
          onClick={() => {
            setPublishing(true);
          }}
        >
          {t('versions.publish')}
        </Button>
      </Group>
      {query.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : query.isError ? (
        <QueryError title={t('versions.title')} error={query.error} onRetry={() => void query.refetch()} />
      ) : published.length === 0 ? (
        <Alert variant="light">
          <Text size="sm">{t('versions.empty')}</Text>
        </Alert>
      ) : (
        <Table striped aria-label={t('versions.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('versions.version')}</Table.Th>
              <Table.Th>{t('versions.description')}</Table.Th>
              <Table.Th>{t('versions.modified')}</Table.Th>
              <Table.Th>{t('versions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td ff="monospace">{v.version}</Table.Td>
                <Table.Td>{v.version_description ?? v.description}</Table.Td>
                <Table.Td>{v.last_modified}</Table.Td>
                <Table.Td>
                  {v.version !== 'latest' && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('versions.delete', { version: v.version })}
                      onClick={() => {
                        setDeleting(v.version);
                      }}
                    >
                      ✕
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {versions.length >= 2 && <VersionDiff fn={fn} versions={versions.map((v) => v.version)} />}
      <PublishVersion
        fn={fn}
        opened={publishing}
        onClose={() => {
          setPublishing(false);
        }}
      />
      <Modal
        opened={deleting !== null}
        onClose={() => {
          setDeleting(null);
        }}
        title={t('versions.deleteTitle')}
      >
        <Stack>
          <Text size="sm">{t('versions.deleteBody', { version: deleting ?? '' })}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setDeleting(null);
              }}
            >
              {t('versions.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (deleting)
                  remove.mutate(deleting, {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t('versions.deleted') });
                      setDeleting(null);
                    },
                  });
              }}
            >
              {t('versions.deleteButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
