import '@mantine/core/styles/Skeleton.css';
/**
 * A function's Monitoring tab: invocations, errors, throttles, duration and instances for a time range (in the
 * URL: `?range=`, `?version=`), per version or alias, auto-refreshing when asked. Recharts loads lazily.
 */
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Switch.css';
import { Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  parseTimeRange,
  periodMinutesFor,
  resolveRange,
  utcOffsetLabel,
  withTimeRange,
} from '@/components/charts/time-range';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { functionUrn } from '@/lib/function-ref';
import { slaQueryOptions, statisticsQueryOptions } from '../api/get-metrics';
import { metricsKeys } from '../api/keys';
import { useQualifiers } from '../hooks/use-qualifiers';
import { metricsCatalogue } from '../i18n';
import { shapeMonitoring } from '../utils/shape-series';
import { ALL_VERSIONS, MonitoringToolbar } from './monitoring-toolbar';

const MonitoringCharts = lazy(() =>
  import('./monitoring-charts').then((m) => ({ default: m.MonitoringCharts })),
);

const REFRESH_MS = 30_000;

function Total({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <Paper withBorder p="sm" miw={160} role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={`total-${label}`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

export function MonitoringPanel({ pkg, name }: { pkg: string; name: string }) {
  const t = useFeatureTranslation(metricsCatalogue);
  const { i18n } = useTranslation();
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [autoRefresh, setAutoRefresh] = useState(false);
  const range = parseTimeRange(params, '1h');
  const version = params.get('version') ?? ALL_VERSIONS;
  // The range's end is fixed when it is chosen (or refreshed), so renders do not move it.
  const [now, setNow] = useState(() => Date.now());
  const resolved = resolveRange(range, now);
  const period = periodMinutesFor(resolved, now);
  const unqualified = functionUrn(connection, pkg, name);
  const urn = version === ALL_VERSIONS ? unqualified : functionUrn(connection, pkg, name, version);
  const refetch = autoRefresh ? REFRESH_MS : undefined;
  const stats = useQuery(statisticsQueryOptions(scope, urn, period, refetch));
  const sla = useQuery(slaQueryOptions(scope, urn, period, refetch));
  const qualifiers = useQualifiers(scope, unqualified);
  const labels = useMemo(
    () => ({
      invocations: t('series.invocations'),
      errors: t('series.errors'),
      functionErrors: t('series.functionErrors'),
      systemErrors: t('series.systemErrors'),
      throttles: t('series.throttles'),
      durationMin: t('series.durationMin'),
      durationAvg: t('series.durationAvg'),
      durationMax: t('series.durationMax'),
      instances: t('series.instances'),
      reservedInstances: t('series.reservedInstances'),
    }),
    [t],
  );
  // Presets are exactly what the API answers ("the last N minutes"); only a custom range needs clipping.
  const clipFrom = range.key === 'custom' ? (range.from ?? -Infinity) : -Infinity;
  const clipTo = range.key === 'custom' ? (range.to ?? Infinity) : Infinity;
  const shaped = useMemo(
    () =>
      stats.data ? shapeMonitoring(stats.data, sla.data, labels, { from: clipFrom, to: clipTo }) : undefined,
    [stats.data, sla.data, labels, clipFrom, clipTo],
  );
  return (
    <Stack gap="md">
      <MonitoringToolbar
        range={range}
        onRange={(r) => {
          setNow(Date.now());
          setParams((p) => withTimeRange(p, r), { replace: true });
        }}
        scope={version}
        onScope={(v) => {
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (v === ALL_VERSIONS) next.delete('version');
              else next.set('version', v);
              return next;
            },
            { replace: true },
          );
        }}
        qualifiers={qualifiers.data}
        autoRefresh={autoRefresh}
        onAutoRefresh={setAutoRefresh}
        onRefresh={() => {
          setNow(Date.now());
          void queryClient.invalidateQueries({ queryKey: metricsKeys.function(scope, urn) });
        }}
        refreshing={stats.isFetching}
        now={now}
      />
      {stats.isError ? (
        <QueryError title={t('charts.loadError')} error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !shaped ? (
        <Skeleton h={240} />
      ) : (
        <>
          <Group gap="md">
            <Total
              label={t('totals.invocations')}
              value={shaped.totals.invocations}
              hint={t('totals.inRange')}
            />
            <Total label={t('totals.errors')} value={shaped.totals.errors} hint={t('totals.inRange')} />
            <Total label={t('totals.throttles')} value={shaped.totals.throttles} hint={t('totals.inRange')} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('charts.bucket')}
          </Text>
          <Suspense fallback={<Skeleton h={240} />}>
            <MonitoringCharts
              shaped={shaped}
              locale={i18n.language}
              timeZoneLabel={t('charts.localTime', { offset: utcOffsetLabel(now) })}
            />
          </Suspense>
        </>
      )}
    </Stack>
  );
}
