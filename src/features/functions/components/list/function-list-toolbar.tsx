// The native selects' chevron (ComboboxChevron) is sized by Combobox.css.
import '@mantine/core/styles/Combobox.css';
import { ActionIcon, Group, Loader, NativeSelect, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { memo, useMemo, useRef } from 'react';
import { SearchIcon } from '@/components/ui/icons';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { functionsCatalogue } from '../../i18n';
import type { ListState } from '../../utils/list-model';

/** Search (`/` focuses it), runtime and app filters, refresh, and how much of the list has arrived. */
export function FunctionListToolbar({
  state,
  runtimes,
  apps,
  loaded,
  total,
  shown,
  loadingMore,
  onQuery,
  onRuntime,
  onApp,
  onRefresh,
}: {
  state: ListState;
  runtimes: string[];
  apps: string[];
  loaded: number;
  total: number | undefined;
  shown: number;
  loadingMore: boolean;
  onQuery: (value: string) => void;
  onRuntime: (value: string | null) => void;
  onApp: (value: string | null) => void;
  onRefresh: () => void;
}) {
  const t = useFeatureTranslation(functionsCatalogue);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  return (
    <Group gap="sm" mb="sm" wrap="wrap" align="flex-end">
      <TextInput
        ref={searchRef}
        type="search"
        aria-label={t('list.search')}
        placeholder={t('list.searchPlaceholder')}
        leftSection={<SearchIcon size={16} />}
        value={state.query}
        onChange={(e) => {
          onQuery(e.currentTarget.value);
        }}
        w={360}
      />
      <ListFilters
        runtimes={runtimes}
        apps={apps}
        runtime={state.runtime}
        app={state.app}
        onRuntime={onRuntime}
        onApp={onApp}
        onRefresh={onRefresh}
      />
      <Group gap={6} ml="auto" role="status" aria-live="polite">
        {loadingMore ? <Loader size="xs" /> : null}
        <Text size="sm" c="dimmed">
          {loadingMore
            ? t('list.loaded', { loaded, total: total ?? '…' })
            : t('list.shown', { shown, total: loaded })}
        </Text>
      </Group>
    </Group>
  );
}

/**
 * Native selects (as the header's connection switcher): keyboard type-ahead and screen-reader support come
 * with the element, and the list's first render does not pay for two comboboxes with popovers, floating
 * positioning and document listeners (~20 ms of the list's first visit with 10,000 functions, issue #5).
 * The first option ("All …") clears the filter.
 */
const ListFilters = memo(function ListFilters({
  runtimes,
  apps,
  runtime,
  app,
  onRuntime,
  onApp,
  onRefresh,
}: {
  runtimes: string[];
  apps: string[];
  runtime: string | null;
  app: string | null;
  onRuntime: (value: string | null) => void;
  onApp: (value: string | null) => void;
  onRefresh: () => void;
}) {
  const t = useFeatureTranslation(functionsCatalogue);
  const runtimeOptions = useMemo(
    () => [{ value: '', label: t('list.allRuntimes') }, ...runtimes],
    [runtimes, t],
  );
  const appOptions = useMemo(() => [{ value: '', label: t('list.allApps') }, ...apps], [apps, t]);
  return (
    <>
      <NativeSelect
        aria-label={t('list.runtimeFilter')}
        data={runtimeOptions}
        value={runtime ?? ''}
        onChange={(e) => {
          onRuntime(e.currentTarget.value || null);
        }}
        w={190}
      />
      <NativeSelect
        aria-label={t('list.appFilter')}
        data={appOptions}
        value={app ?? ''}
        onChange={(e) => {
          onApp(e.currentTarget.value || null);
        }}
        w={170}
      />
      <ActionIcon variant="default" size="lg" aria-label={t('list.refresh')} onClick={onRefresh}>
        ↻
      </ActionIcon>
    </>
  );
});
