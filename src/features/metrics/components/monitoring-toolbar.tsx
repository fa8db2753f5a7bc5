import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Switch.css';
/** Monitoring toolbar: time range, version/alias, auto refresh, refresh. */
import { Button, Group, Select, Switch } from '@mantine/core';
import { TimeRangeControl } from '@/components/charts/time-range-control';
import type { TimeRange } from '@/components/charts/time-range';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { Qualifiers } from '../hooks/use-qualifiers';
import { metricsCatalogue } from '../i18n';

export const ALL_VERSIONS = 'all';

export function MonitoringToolbar({
  range,
  onRange,
  scope,
  onScope,
  qualifiers,
  autoRefresh,
  onAutoRefresh,
  onRefresh,
  refreshing,
  now,
}: {
  range: TimeRange;
  onRange: (r: TimeRange) => void;
  scope: string;
  onScope: (s: string) => void;
  qualifiers: Qualifiers | undefined;
  autoRefresh: boolean;
  onAutoRefresh: (on: boolean) => void;
  onRefresh: () => void;
  refreshing: boolean;
  now: number;
}) {
  const t = useFeatureTranslation(metricsCatalogue);
  const options = [
    { value: ALL_VERSIONS, label: t('toolbar.allVersions') },
    ...(qualifiers?.versions ?? []).map((v) => ({ value: v, label: v })),
    ...(qualifiers?.aliases ?? []).map((a) => ({
      value: `!${a.name}`,
      label: t('toolbar.alias', { name: a.name, version: a.version }),
    })),
  ];
  if (!options.some((o) => o.value === scope)) options.push({ value: scope, label: scope });
  return (
    <Group justify="space-between" align="end" mb="md" wrap="wrap">
      <TimeRangeControl value={range} onChange={onRange} now={now} />
      <Group gap="sm" align="end">
        <Select
          size="xs"
          label={t('toolbar.scope')}
          data={options}
          value={scope}
          allowDeselect={false}
          onChange={(v) => {
            if (v) onScope(v);
          }}
          w={200}
        />
        <Switch
          label={t('toolbar.autoRefresh')}
          checked={autoRefresh}
          onChange={(e) => {
            onAutoRefresh(e.currentTarget.checked);
          }}
        />
        <Button size="xs" variant="default" onClick={onRefresh} loading={refreshing}>
          {t('toolbar.refresh')}
        </Button>
      </Group>
    </Group>
  );
}
