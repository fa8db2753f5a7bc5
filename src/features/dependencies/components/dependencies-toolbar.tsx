import '@mantine/core/styles/Combobox.css';
import { ActionIcon, ComboboxChevron, Group, Input, SegmentedControl, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import { RUNTIMES } from '@/api/contract/functions';
import { SearchIcon } from '@/components/ui/icons';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { DependencyType } from '../api/types';
import { dependenciesCatalogue } from '../i18n';

export interface ToolbarState {
  query: string;
  runtime: string;
  type: Exclude<DependencyType, 'all'>;
}

interface DependenciesToolbarProps {
  state: ToolbarState;
  onChange: (changes: Partial<ToolbarState>) => void;
  onRefresh: () => void;
  refreshing: boolean;
  shown: number;
  total: number;
}

/** Private/Public switch, search by name (`/` focuses it), runtime filter, refresh and the row count. */
export function DependenciesToolbar({
  state,
  onChange,
  onRefresh,
  refreshing,
  shown,
  total,
}: DependenciesToolbarProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  return (
    <Group gap="sm" mb="sm" wrap="wrap" align="center">
      <SegmentedControl
        aria-label={t('toolbar.type')}
        value={state.type}
        onChange={(value) => {
          onChange({ type: value === 'public' ? 'public' : 'private' });
        }}
        data={[
          { value: 'private', label: t('toolbar.private') },
          { value: 'public', label: t('toolbar.public') },
        ]}
      />
      <Input
        ref={searchRef}
        type="search"
        aria-label={t('toolbar.search')}
        placeholder={t('toolbar.searchPlaceholder')}
        leftSection={<SearchIcon size={16} />}
        value={state.query}
        onChange={(e) => {
          onChange({ query: e.currentTarget.value });
        }}
        w={280}
      />
      <Input
        component="select"
        aria-label={t('toolbar.runtime')}
        value={state.runtime}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => {
          onChange({ runtime: e.currentTarget.value });
        }}
        pointer
        rightSection={<ComboboxChevron size="sm" />}
        w={200}
      >
        <option value="">{t('toolbar.allRuntimes')}</option>
        {RUNTIMES.map((runtime) => (
          <option key={runtime} value={runtime}>
            {runtime}
          </option>
        ))}
      </Input>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('refresh')}
        onClick={onRefresh}
        loading={refreshing}
      >
        ↻
      </ActionIcon>
      <Text size="sm" c="dimmed" ml="auto" role="status">
        {t('shown', { shown, total })}
      </Text>
    </Group>
  );
}
