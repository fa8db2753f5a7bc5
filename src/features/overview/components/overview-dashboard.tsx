/** The Dashboard: tenant statistics this month, top functions, recent failed requests (each linking to its logs). */
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { utcOffsetLabel } from '@/components/charts/time-range';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { parseFunctionUrn } from '@/lib/function-ref';
import { paths } from '@/lib/paths';
import type { ReportEntry } from '../api/overview-api';
import {
  minutesThisMonth,
  summarize,
  useQuotas,
  useRecentFailures,
  useReport,
  useTenantStatistics,
} from '../api/overview-api';
import { overviewCatalogue } from '../i18n';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function FunctionLink({ urn, tab }: { urn: string; tab: 'monitoring' | 'logs' }) {
  const connection = useActiveConnection();
  const ref = parseFunctionUrn(urn);
  if (!ref) return <>{urn}</>;
  return (
    <Anchor component={Link} to={paths.function(connection.id, ref.package, ref.name, tab)} size="sm">
      {ref.name}
    </Anchor>
  );
}

function TopList({
  title,
  entries,
  unit,
}: {
  title: string;
  entries: ReportEntry[] | undefined;
  unit: string;
}) {
  const t = useFeatureTranslation(overviewCatalogue);
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {!entries ? (
        <Skeleton h={80} />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('top.empty')}
        </Text>
      ) : (
        <Table aria-label={title}>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.key}>
                <Table.Td>
                  <FunctionLink urn={e.key} tab="monitoring" />
                </Table.Td>
                <Table.Td ta="right">
                  {e.value} {unit}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

export function OverviewDashboard() {
  const t = useFeatureTranslation(overviewCatalogue);
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const [now] = useState(() => Date.now());
  const period = minutesThisMonth(now);
  const since = now - period * 60_000;
  const stats = useTenantStatistics(scope, period);
  const quotas = useQuotas(scope);
  const byCount = useReport(scope, 'count', since);
  const byErrors = useReport(scope, 'failcount', since);
  const byDuration = useReport(scope, 'duration', since);
  const failing = useReport(scope, 'failcount', now - 86_400_000);
  const failures = useRecentFailures(
    scope,
    (failing.data ?? []).map((e) => e.key),
  );
  const quota = (type: string) => quotas.data?.find((q) => q.type === type);
  const fnQuota = quota('fgs_func_num');
  const storage = quota('fgs_func_code_size');
  const summary = stats.data ? summarize(stats.data.statistics) : undefined;
  const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Stack gap="md">
      {stats.isError || quotas.isError ? (
        <QueryError
          title={t('stats.loadError')}
          error={stats.error ?? quotas.error}
          onRetry={() => void stats.refetch()}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <Stat
            label={t('stats.functions')}
            value={fnQuota ? t('stats.of', { used: fnQuota.used, quota: fnQuota.quota }) : '…'}
          />
          <Stat
            label={t('stats.storage')}
            value={
              storage
                ? `${t('stats.of', { used: storage.used, quota: storage.quota })} ${storage.unit ?? ''}`
                : '…'
            }
          />
          <Stat label={t('stats.invocations')} value={summary ? String(summary.invocations) : '…'} />
          <Stat label={t('stats.errors')} value={summary ? String(summary.errors) : '…'} />
          <Stat
            label={t('stats.duration')}
            value={summary ? t('stats.ms', { value: summary.avgDurationMs }) : '…'}
          />
        </SimpleGrid>
      )}
      {byCount.isError ? (
        <QueryError title={t('top.loadError')} error={byCount.error} onRetry={() => void byCount.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 3 }}>
          <TopList title={t('top.invocations')} entries={byCount.data} unit="" />
          <TopList title={t('top.errors')} entries={byErrors.data} unit="" />
          <TopList title={t('top.duration')} entries={byDuration.data} unit="ms" />
        </SimpleGrid>
      )}
      <Paper withBorder p="sm">
        <Title order={2} size="h5">
          {t('failures.title')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('failures.hint')}
        </Text>
        {failing.isError || failures.isError ? (
          <QueryError
            title={t('failures.loadError')}
            error={failing.error ?? failures.error}
            onRetry={() => void failures.refetch()}
          />
        ) : failing.isPending || (failures.isPending && failing.data.length > 0) ? (
          <Skeleton h={80} />
        ) : (failures.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('failures.none')}
          </Text>
        ) : (
          <Table aria-label={t('failures.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('failures.time', { offset: utcOffsetLabel(now) })}</Table.Th>
                <Table.Th>{t('failures.function')}</Table.Th>
                <Table.Th>{t('failures.requestId')}</Table.Th>
                <Table.Th>{t('failures.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(failures.data ?? []).map((f) => {
                const ref = parseFunctionUrn(f.urn);
                return (
                  <Table.Tr key={f.requestId}>
                    <Table.Td>{time.format(f.time)}</Table.Td>
                    <Table.Td>
                      <FunctionLink urn={f.urn} tab="monitoring" />
                    </Table.Td>
                    <Table.Td>
                      {ref ? (
                        <Anchor
                          component={Link}
                          ff="monospace"
                          size="sm"
                          to={`${paths.function(connection.id, ref.package, ref.name, 'logs')}?requestId=${encodeURIComponent(f.requestId)}&range=1d`}
                        >
                          {f.requestId}
                        </Anchor>
                      ) : (
                        f.requestId
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" lineClamp={2}>
                        {f.message}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
