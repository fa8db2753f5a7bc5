import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Table.css';
import { Button, Card, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FunctionAlias } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { statisticsQueryOptions } from '../api/aliases';
import { versionsAliasesCatalogue } from '../i18n';
import { summarizeHealth } from '../utils/health';
import type { HealthSummary } from '../utils/health';

interface CanaryHealthProps {
  fn: FunctionRef;
  alias: FunctionAlias;
  main: { version: string; weight: number };
  additional: { version: string; weight: number | undefined };
  pending: boolean;
  onPromote: () => void;
  onRollback: () => void;
}

/** ★ The two versions an alias splits traffic between, side by side over the last hour, with promote/roll back. */
export function CanaryHealth({
  fn,
  alias,
  main,
  additional,
  pending,
  onPromote,
  onRollback,
}: CanaryHealthProps) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const { i18n } = useTranslation();
  const scope = useConnectionScope();
  const a = useQuery(statisticsQueryOptions(scope, fn, main.version));
  const b = useQuery(statisticsQueryOptions(scope, fn, additional.version));
  const left = a.data ? summarizeHealth(a.data) : undefined;
  const right = b.data ? summarizeHealth(b.data) : undefined;
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const none = t('health.noData');
  const rows: { label: string; value: (h: HealthSummary) => string }[] = [
    { label: t('health.invocations'), value: (h) => num.format(h.invocations) },
    { label: t('health.errors'), value: (h) => num.format(h.errors) },
    {
      label: t('health.errorRate'),
      value: (h) => (h.errorRate === undefined ? none : pct.format(h.errorRate)),
    },
    {
      label: t('health.avgLatency'),
      value: (h) => (h.avgLatencyMs === undefined ? none : `${num.format(h.avgLatencyMs)} ms`),
    },
    {
      label: t('health.maxLatency'),
      value: (h) => (h.maxLatencyMs === undefined ? none : `${num.format(h.maxLatencyMs)} ms`),
    },
  ];
  const column = (v: { version: string; weight: number | undefined }) =>
    v.weight === undefined ? v.version : t('health.versionColumn', { version: v.version, weight: v.weight });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t('health.title')} · {alias.name}
        </Title>
        <Table aria-label={`${t('health.title')} · ${alias.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('health.metric')}</Table.Th>
              <Table.Th>{column(main)}</Table.Th>
              <Table.Th>{column(additional)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                <Table.Td>{left ? row.value(left) : '…'}</Table.Td>
                <Table.Td>{right ? row.value(right) : '…'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button loading={pending} onClick={onPromote}>
            {t('health.promote', { version: additional.version })}
          </Button>
          <Button variant="default" loading={pending} onClick={onRollback}>
            {t('health.rollback', { version: main.version })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
