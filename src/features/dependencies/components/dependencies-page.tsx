import '@mantine/core/styles/Skeleton.css';
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useDependencies } from '../api/list-dependencies';
import type { Dependency } from '../api/types';
import { dependencyIdOf } from '../api/types';
import { dependenciesCatalogue } from '../i18n';
import { CreateDependencyModal } from './create-dependency-modal';
import type { CreateDependencyInitial } from './create-dependency-modal';
import { DependenciesTable } from './dependencies-table';
import { DependenciesToolbar } from './dependencies-toolbar';
import type { ToolbarState } from './dependencies-toolbar';
import { VersionsDrawer } from './versions-drawer';

/** The create form: blank (Create Dependency) or for a new version of an existing dependency. */
type Creating = { initial?: CreateDependencyInitial } | null;

/**
 * Dependencies (依赖包管理): private or public dependencies of the project, filtered by runtime (on the
 * server) and by name as you type; a row opens its versions; Create Dependency uploads a ZIP.
 */
export function DependenciesPage() {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const [state, setState] = useState<ToolbarState>({ query: '', runtime: '', type: 'private' });
  // The versions drawer stays open under the Create Version form, to show the new version.
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [creating, setCreating] = useState<Creating>(null);
  const query = useDependencies({ type: state.type, runtime: state.runtime || undefined });
  const all = query.data;
  const needle = state.query.trim().toLowerCase();
  const rows = useMemo(
    () => (all ?? []).filter((d) => needle === '' || d.name.toLowerCase().includes(needle)),
    [all, needle],
  );
  const selected: Dependency | undefined =
    selectedId === undefined ? undefined : all?.find((d) => dependencyIdOf(d) === selectedId);
  const openCreate = () => {
    setCreating({});
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={state.type === 'private' ? <Button onClick={openCreate}>{t('create')}</Button> : undefined}
      />
      <DependenciesToolbar
        state={state}
        onChange={(changes) => {
          setState((s) => ({ ...s, ...changes }));
        }}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching}
        shown={rows.length}
        total={all?.length ?? 0}
      />
      {query.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('loading')}>
          <Skeleton height={32} />
          <Skeleton height={32} />
          <Skeleton height={32} />
        </Stack>
      ) : query.isError ? (
        <QueryError title={t('loadFailed')} error={query.error} onRetry={() => void query.refetch()} />
      ) : all?.length === 0 && state.runtime === '' ? (
        <Alert variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{state.type === 'public' ? t('emptyPublic') : t('empty')}</Text>
            {state.type === 'private' ? (
              <Button size="xs" onClick={openCreate}>
                {t('create')}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('noMatch')}
        </Text>
      ) : (
        <DependenciesTable
          dependencies={rows}
          selectedId={selected ? dependencyIdOf(selected) : undefined}
          onSelect={(d) => {
            setSelectedId(dependencyIdOf(d));
          }}
        />
      )}
      {selected ? (
        <VersionsDrawer
          dependency={selected}
          onClose={() => {
            setSelectedId(undefined);
          }}
          onCreateVersion={() => {
            setCreating({
              initial: { name: selected.name, runtime: selected.runtime, description: selected.description },
            });
          }}
        />
      ) : null}
      {creating ? (
        <CreateDependencyModal
          initial={creating.initial}
          onClose={() => {
            setCreating(null);
          }}
        />
      ) : null}
    </>
  );
}
