import '@mantine/core/styles/Skeleton.css';
import { ActionIcon, Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorDetails } from '@/components/ui/error-details';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { AttachedVersion } from '../hooks/use-attached-versions';
import { useAttachedVersions } from '../hooks/use-attached-versions';
import { dependenciesCatalogue } from '../i18n';
import { AddDependencyModal } from './add-dependency-modal';

/** What the Code tab hands the section: the function's dependency versions and how to save a new list. */
export interface FunctionDependencySource {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  retry: () => void;
  /** `depend_version_list`: version ids. */
  attached: readonly string[];
  /** Those versions as GET code resolved them (may be empty). */
  resolved: readonly AttachedVersion[];
  runtime: string | undefined;
  saving: boolean;
  save: (list: readonly string[]) => Promise<unknown>;
}

interface FunctionDependenciesProps {
  source: FunctionDependencySource;
  /** Why the list cannot change here: a published version, or a package the connection does not return. */
  locked: 'published' | 'unavailable' | undefined;
  /** seed 7.6.5: the most versions a function takes. */
  max: number;
}

/** The Code tab's Dependencies section: the versions the function uses, add one, remove one. */
export function FunctionDependencies({ source, locked, max }: FunctionDependenciesProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const { items, resolving } = useAttachedVersions(source.attached, source.resolved);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (list: readonly string[]) => {
    setError(null);
    try {
      await source.save(list);
    } catch (failure) {
      setError(failure);
      return false;
    }
    notifications.show({ color: 'green', message: t('toast.updated') });
    return true;
  };
  const full = source.attached.length >= max;
  const editable = locked === undefined && source.status === 'success';

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('fn.title')}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <Text fw={600} size="sm">
              {t('fn.title')}
            </Text>
            <Badge variant="light" size="sm">
              {source.attached.length}
            </Badge>
          </Group>
          {editable ? (
            <Button
              size="compact-sm"
              variant="default"
              disabled={full || source.saving}
              onClick={() => {
                setError(null);
                setAdding(true);
              }}
            >
              {t('fn.add')}
            </Button>
          ) : null}
        </Group>
        {locked ? (
          <Text size="xs" c="dimmed">
            {t(locked === 'published' ? 'fn.published' : 'fn.unavailable')}
          </Text>
        ) : null}
        {source.status === 'pending' ? (
          <Skeleton height={24} aria-label={t('loading')} />
        ) : source.status === 'error' ? (
          <QueryError title={t('fn.loadFailed')} error={source.error} onRetry={source.retry} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('fn.none')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-busy={resolving}>
            {items.map((item) => {
              const label = item.name
                ? `${item.name} · ${t('fn.version', { version: item.version ?? '?' })}`
                : t('fn.unknown', { id: item.id });
              return (
                <Group key={item.id} component="li" justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{label}</Text>
                  {editable ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="sm"
                      disabled={source.saving}
                      aria-label={t('fn.remove', {
                        name: item.name ?? item.id,
                        version: item.version ?? '?',
                      })}
                      onClick={() => void save(source.attached.filter((id) => id !== item.id))}
                    >
                      ×
                    </ActionIcon>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        )}
        {editable ? (
          <Text size="xs" c="dimmed">
            {full ? t('fn.max', { max }) : t('fn.keepsEdits')}
          </Text>
        ) : null}
        {error && !adding ? (
          <Alert color="red" title={t('fn.saveFailed')} role="alert">
            <ErrorDetails error={error} />
          </Alert>
        ) : null}
      </Stack>
      {adding && source.runtime ? (
        <AddDependencyModal
          runtime={source.runtime}
          attached={source.attached}
          saving={source.saving}
          error={error}
          onClose={() => {
            setAdding(false);
            setError(null);
          }}
          onAdd={(id) => {
            void save([...source.attached, id]).then((ok) => {
              if (ok) setAdding(false);
            });
          }}
        />
      ) : null}
    </Paper>
  );
}
