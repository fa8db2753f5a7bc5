// The selects' chevron (ComboboxChevron) is sized by Combobox.css.
import '@mantine/core/styles/Combobox.css';
import { ActionIcon, ComboboxChevron, Group, Input, Loader, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { memo, useMemo, useRef } from 'react';
import type { ChangeEvent } from 'react';
import { SearchIcon } from '@/components/ui/icons';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { functionsCatalogue } from '../../i18n';
import type { ListState } from '../../utils/list-model';

/**
 * Search (`/` focuses it), runtime and app filters, refresh, and how much of the list has arrived.
 * The fields are Mantine's bare `Input` (the look of TextInput/NativeSelect) labelled by aria-label: the
 * wrapped inputs generate their ids in a layout effect (Mantine's useId sets state on mount), which re-rendered
 * them synchronously before the list's first paint and so pulled every passive effect of the page in front of
 * that paint too (~10 ms of the first visit with 10,000 functions, issue #5).
 */
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
      <Input
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
function FilterSelect({
  label,
  options,
  value,
  onChange,
  width,
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
  width: number;
}) {
  return (
    <Input
      component="select"
      aria-label={label}
      value={value ?? ''}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => {
        onChange(e.currentTarget.value || null);
      }}
      pointer
      rightSection={<ComboboxChevron size="sm" />}
      w={width}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Input>
  );
}

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
  const runtimeOptions = useMemo(() => withAll(t('list.allRuntimes'), runtimes), [runtimes, t]);
  const appOptions = useMemo(() => withAll(t('list.allApps'), apps), [apps, t]);
  return (
    <>
      <FilterSelect
        label={t('list.runtimeFilter')}
        options={runtimeOptions}
        value={runtime}
        onChange={onRuntime}
        width={190}
      />
      <FilterSelect
        label={t('list.appFilter')}
        options={appOptions}
        value={app}
        onChange={onApp}
        width={170}
      />
      <ActionIcon variant="default" size="lg" aria-label={t('list.refresh')} onClick={onRefresh}>
        ↻
      </ActionIcon>
    </>
  );
});

function withAll(all: string, values: readonly string[]): { value: string; label: string }[] {
  return [{ value: '', label: all }, ...values.map((value) => ({ value, label: value }))];
}
