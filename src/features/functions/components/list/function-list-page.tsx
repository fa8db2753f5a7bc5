import '@mantine/core/styles/Skeleton.css';
import { Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { FunctionConfig } from '@/api/contract/functions';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import { paths } from '@/lib/paths';
import { exportFunctions } from '../../api/export-function';
import { useAllFunctions } from '../../api/list-functions';
import { useFunctionTags } from '../../api/list-tags';
import { usePinnedFunctions } from '../../api/pin-function';
import { useListState } from '../../hooks/use-list-state';
import { functionsCatalogue } from '../../i18n';
import { buildListModel, createIncrementalFilter, sortRows } from '../../utils/list-model';
import type { ListModel, ListRow } from '../../utils/list-model';
import { DeleteFunctionsModal } from '../delete-functions-modal';
import type { DeleteTarget } from '../delete-functions-modal';
import { FunctionBulkBar } from './function-bulk-bar';
import { FunctionListToolbar } from './function-list-toolbar';
import { FunctionTable } from './function-table';

type TagsByUrn = ReadonlyMap<string, readonly { key: string; value: string }[]>;
const NO_TAGS: TagsByUrn = new Map();

// Rows by the (shared, see useAllFunctions) functions array: coming back to the list does not rebuild them.
const modelCache = new WeakMap<readonly FunctionConfig[], { tags: TagsByUrn; model: ListModel }>();
function modelOf(functions: readonly FunctionConfig[], tags: TagsByUrn): ListModel {
  const hit = modelCache.get(functions);
  if (hit?.tags === tags) return hit.model;
  const model = buildListModel(functions, tags);
  modelCache.set(functions, { tags, model });
  return model;
}

/** `/functions`: every function (pages stream in), instant search, filters, sort, pin, bulk delete/export. */
export function FunctionListPage() {
  const t = useFeatureTranslation(functionsCatalogue);
  const scope = useConnectionScope();
  const list = useAllFunctions();
  const tags = useFunctionTags();
  const { pinned, toggle } = usePinnedFunctions();
  const { state, setQuery, setRuntime, setApp, toggleSort, clear } = useListState();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState<DeleteTarget[]>([]);
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);

  // 10,000 functions: rows and filter options once per load (search keys on the first search), the order once per sort or pin
  // change, and a keystroke only filters that order.
  const { rows, runtimes, apps } = useMemo(
    () => modelOf(list.functions, tags.data ?? NO_TAGS),
    [list.functions, tags.data],
  );
  const sorted = useMemo(
    () => sortRows(rows, state.sort, state.direction, pinned),
    [rows, state.sort, state.direction, pinned],
  );
  const { query, runtime, app } = state;
  const [filterIncrementally] = useState(createIncrementalFilter);
  const shown = useMemo(
    () => filterIncrementally(sorted, { query, runtime, app }),
    [filterIncrementally, sorted, query, runtime, app],
  );
  const selectedRows = useMemo(
    () => (selected.size === 0 ? [] : rows.filter((r) => selected.has(r.urn))),
    [rows, selected],
  );
  const targets = selectedRows.map((r) => ({ urn: r.urn, name: r.fn.func_name }));
  // The delete dialog mounts when first needed (a closed Mantine Modal still costs a render pass per mount).
  const [deleteUsed, setDeleteUsed] = useState(false);

  const onToggleSelect = useCallback((urn: string) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(urn)) next.add(urn);
      return next;
    });
  }, []);
  // Reads the rows shown at click time, so the header's checkbox does not re-render on every keystroke.
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  });
  const onToggleAll = useCallback((all: boolean) => {
    setSelected(all ? new Set(shownRef.current.map((r) => r.urn)) : new Set());
  }, []);
  const hrefOf = useCallback(
    (row: ListRow) => paths.function(scope.connectionId, row.fn.package, row.fn.func_name),
    [scope.connectionId],
  );

  const runExport = async () => {
    setExporting({ done: 0, total: targets.length });
    const results = await exportFunctions(scope, targets, (done) => {
      setExporting({ done, total: targets.length });
    });
    setExporting(null);
    for (const r of results.filter((x) => x.error)) {
      notifications.show({
        color: 'red',
        message: `${t('export.failed', { name: r.name })}: ${r.error instanceof Error ? r.error.message : ''}`,
      });
    }
    const ok = results.filter((x) => !x.error).length;
    if (ok > 0) notifications.show({ color: 'green', message: t('export.done', { count: ok }) });
  };

  const createButton = (
    <Button component={Link} to={paths.createFunction(scope.connectionId)}>
      {t('list.create')}
    </Button>
  );

  let body;
  if (list.isPending) {
    body = (
      <Stack gap={6} aria-busy="true" aria-label={t('list.tableLabel')}>
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={32} />
        ))}
      </Stack>
    );
  } else if (list.error && rows.length === 0) {
    body = <QueryError title={t('list.loadError')} error={list.error} onRetry={list.refetch} />;
  } else if (rows.length === 0) {
    body = (
      <Paper withBorder p="xl" radius="md">
        <Stack align="flex-start">
          <Title order={2} size="h4">
            {t('list.emptyTitle')}
          </Title>
          <Text>{t('list.emptyText')}</Text>
          {createButton}
        </Stack>
      </Paper>
    );
  } else {
    body = (
      <>
        {list.error ? (
          <QueryError title={t('list.loadError')} error={list.error} onRetry={list.refetch} />
        ) : null}
        {selectedRows.length > 0 ? (
          <FunctionBulkBar
            count={selectedRows.length}
            exporting={exporting}
            onExport={() => void runExport()}
            onDelete={() => {
              setDeleteUsed(true);
              setDeleting(targets);
            }}
          />
        ) : null}
        {shown.length === 0 ? (
          <Paper withBorder p="lg">
            <Stack align="flex-start">
              <Text>{t('list.noMatch')}</Text>
              <Button variant="default" size="xs" onClick={clear}>
                {t('list.clearFilters')}
              </Button>
            </Stack>
          </Paper>
        ) : (
          <FunctionTable
            rows={shown}
            selected={selected}
            pinned={pinned}
            sort={state.sort}
            direction={state.direction}
            onSort={toggleSort}
            onToggleSelect={onToggleSelect}
            onToggleAll={onToggleAll}
            onTogglePin={toggle}
            hrefOf={hrefOf}
          />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('list.title')} actions={createButton} />
      <FunctionListToolbar
        state={state}
        runtimes={runtimes}
        apps={apps}
        loaded={rows.length}
        total={list.total}
        shown={shown.length}
        loadingMore={list.isLoadingMore}
        onQuery={setQuery}
        onRuntime={setRuntime}
        onApp={setApp}
        onRefresh={list.refetch}
      />
      {body}
      {deleteUsed ? (
        <DeleteFunctionsModal
          targets={deleting}
          onClose={() => {
            setDeleting([]);
          }}
          onDeleted={(results) => {
            const gone = new Set(results.filter((r) => !r.error).map((r) => r.urn));
            setSelected((prev) => new Set([...prev].filter((u) => !gone.has(u))));
          }}
        />
      ) : null}
    </>
  );
}
