import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { ActionIcon, Group, Loader, Select, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { memo, useRef } from 'react';
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

// Closed dropdowns unmounted: Mantine keeps every option (and a ScrollArea) mounted by default.
const COMBOBOX_PROPS = { keepMounted: false };

/** Memoised: a search keystroke re-renders the search box and the count, not these. */
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
  return (
    <>
      <Select
        aria-label={t('list.runtimeFilter')}
        placeholder={t('list.allRuntimes')}
        data={runtimes}
        value={runtime}
        onChange={onRuntime}
        clearable
        searchable
        comboboxProps={COMBOBOX_PROPS}
        w={190}
      />
      <Select
        aria-label={t('list.appFilter')}
        placeholder={t('list.allApps')}
        data={apps}
        value={app}
        onChange={onApp}
        clearable
        searchable
        comboboxProps={COMBOBOX_PROPS}
        w={170}
      />
      <ActionIcon variant="default" size="lg" aria-label={t('list.refresh')} onClick={onRefresh}>
        ↻
      </ActionIcon>
    </>
  );
});
