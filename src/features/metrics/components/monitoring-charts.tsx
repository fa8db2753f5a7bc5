import '@mantine/core/styles/SimpleGrid.css';
/** The five monitoring charts, hover-synced. Loaded lazily with Recharts (see monitoring-panel.tsx). */
import { SimpleGrid } from '@mantine/core';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { metricsCatalogue } from '../i18n';
import type { MonitoringSeries } from '../utils/shape-series';

export function MonitoringCharts({
  shaped,
  timeZoneLabel,
  locale,
}: {
  shaped: MonitoringSeries;
  timeZoneLabel: string;
  locale: string;
}) {
  const t = useFeatureTranslation(metricsCatalogue);
  const common = { emptyLabel: t('charts.empty'), timeZoneLabel, syncId: 'function-monitoring', locale };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <TimeSeriesChart title={t('charts.invocations')} unit="count" series={shaped.invocations} {...common} />
      <TimeSeriesChart title={t('charts.errors')} unit="count" series={shaped.errors} {...common} />
      <TimeSeriesChart title={t('charts.throttles')} unit="count" series={shaped.throttles} {...common} />
      <TimeSeriesChart title={t('charts.duration')} unit="ms" series={shaped.duration} {...common} />
      <TimeSeriesChart title={t('charts.instances')} unit="count" series={shaped.instances} {...common} />
    </SimpleGrid>
  );
}
