import '@mantine/core/styles/List.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Progress.css';
import { Alert, Button, Group, List, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorDetails } from '@/components/ui/error-details';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useDeleteFunctions, useDeleteImpact } from '../api/delete-functions';
import type { DeleteResult } from '../api/delete-functions';
import { functionsCatalogue } from '../i18n';

export interface DeleteTarget {
  urn: string;
  name: string;
}

/**
 * Confirms deleting one or more functions with what goes with them (UI.md "Destructive actions"), then shows
 * per-item results for a bulk delete.
 */
export function DeleteFunctionsModal({
  targets,
  onClose,
  onDeleted,
}: {
  targets: readonly DeleteTarget[];
  onClose: () => void;
  onDeleted?: (results: DeleteResult[]) => void;
}) {
  const t = useFeatureTranslation(functionsCatalogue);
  const opened = targets.length > 0;
  const impact = useDeleteImpact(
    targets.map((x) => x.urn),
    opened,
  );
  const [done, setDone] = useState(0);
  const remove = useDeleteFunctions(setDone);
  const results = remove.data;
  const single = targets.length === 1 ? targets[0] : undefined;
  const totals = (impact.data ?? []).reduce(
    (acc, i) => ({
      versions: acc.versions + i.versions,
      aliases: acc.aliases + i.aliases,
      triggers: acc.triggers + i.triggers,
    }),
    { versions: 0, aliases: 0, triggers: 0 },
  );
  const close = () => {
    remove.reset();
    setDone(0);
    onClose();
  };
  const title = single
    ? t('delete.title', { name: single.name })
    : t('delete.titleMany', { count: targets.length });

  return (
    <Modal opened={opened} onClose={close} title={results ? t('delete.resultTitle') : title} centered>
      {results ? (
        <Stack>
          <List spacing="xs" aria-label={t('delete.resultTitle')}>
            {results.map((r) => (
              <List.Item key={r.urn}>
                <Text span fw={600}>
                  {r.name}
                </Text>{' '}
                {r.error ? (
                  <>
                    <Text span c="red">
                      {t('delete.failed')}
                    </Text>
                    <ErrorDetails error={r.error} />
                  </>
                ) : (
                  <Text span c="teal">
                    {t('delete.deleted')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={close}>{t('delete.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          {impact.isPending ? (
            <Group gap="xs" role="status">
              <Loader size="xs" />
              <Text size="sm">{t('delete.impactLoading')}</Text>
            </Group>
          ) : impact.isError ? (
            <QueryError
              title={t('header.loadError')}
              error={impact.error}
              onRetry={() => void impact.refetch()}
            />
          ) : single ? (
            <Alert color="red" variant="light" role="note">
              {t('delete.impact', totals)}
            </Alert>
          ) : (
            <Alert color="red" variant="light" role="note">
              <List size="sm" spacing={2}>
                {impact.data.map((i, index) => (
                  <List.Item key={i.urn}>
                    {t('delete.impactFunction', { ...i, name: targets[index]?.name })}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs" fw={600}>
                {t('delete.impactTotal', totals)}
              </Text>
            </Alert>
          )}
          <Text size="sm">{t('delete.irreversible')}</Text>
          {remove.isPending ? (
            <Stack gap={4}>
              <Text size="sm">{t('delete.progress', { done, total: targets.length })}</Text>
              <Progress
                value={(done / targets.length) * 100}
                aria-label={t('delete.progress', { done, total: targets.length })}
              />
            </Stack>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              {t('delete.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                remove.mutate(targets, {
                  onSuccess: (r) => {
                    onDeleted?.(r);
                  },
                });
              }}
            >
              {single ? t('delete.confirm') : t('delete.confirmMany', { count: targets.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
