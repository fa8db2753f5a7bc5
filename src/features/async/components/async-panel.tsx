import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Skeleton.css';
/**
 * A function's Async tab: async invocation records (seed 7.15.5) or only active ones (7.15.6), filtered by
 * status and time range (in the URL), refreshing while requests are in flight; stop (7.15.7); logs per row.
 */
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Table.css';
import { Alert, Badge, Button, Group, Select, Skeleton, Stack, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TimeRangeControl } from '@/components/charts/time-range-control';
import { parseTimeRange, resolveRange, utcOffsetLabel, withTimeRange } from '@/components/charts/time-range';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { functionUrn } from '@/lib/function-ref';
import { paths } from '@/lib/paths';
import type { AsyncStatus } from '../api/async-api';
import { ASYNC_STATUSES, asyncListQueryOptions, parseAsyncTime } from '../api/async-api';
import { asyncCatalogue } from '../i18n';
import { CancelDialog } from './cancel-dialog';

const STATUS_COLOR: Record<AsyncStatus, string> = {
  WAIT: 'gray',
  RUNNING: 'blue',
  SUCCESS: 'green',
  FAIL: 'red',
  DISCARD: 'orange',
};

export function AsyncPanel({ pkg, name }: { pkg: string; name: string }) {
  const t = useFeatureTranslation(asyncCatalogue);
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const [params, setParams] = useSearchParams();
  const [now, setNow] = useState(() => Date.now());
  const [stopping, setStopping] = useState('');
  const range = parseTimeRange(params, '1h');
  const status: AsyncStatus | '' = ASYNC_STATUSES.find((s) => s === params.get('status')) ?? '';
  const active = params.get('active') === '1';
  const window = resolveRange(range, now);
  const urn = functionUrn(connection, pkg, name);
  // Presets follow "now" (end = now + 1 min so requests started after the page opened are listed).
  const to = range.key === 'custom' ? window.to : now + 60_000;
  const filters = { status, from: window.from, to, active };
  const list = useQuery(asyncListQueryOptions(scope, urn, filters, true));
  const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
  const offset = utcOffsetLabel(now);
  const show = (value: string) => {
    const ms = parseAsyncTime(value);
    return ms === undefined ? '—' : time.format(ms);
  };
  const setParam = (key: string, value: string) => {
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };
  const rows = list.data?.invocations ?? [];
  return (
    <Stack gap="md">
      <Group align="end" justify="space-between" wrap="wrap">
        <TimeRangeControl
          value={range}
          now={now}
          onChange={(r) => {
            setNow(Date.now());
            setParams((p) => withTimeRange(p, r), { replace: true });
          }}
        />
        <Group align="end" gap="sm">
          <Select
            size="xs"
            w={170}
            label={t('filters.status')}
            allowDeselect={false}
            value={status}
            data={[
              { value: '', label: t('filters.anyStatus') },
              ...ASYNC_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
            onChange={(v) => {
              setParam('status', v ?? '');
            }}
          />
          <Switch
            label={t('filters.active')}
            checked={active}
            onChange={(e) => {
              setParam('active', e.currentTarget.checked ? '1' : '');
            }}
          />
          <Button
            size="xs"
            variant="default"
            loading={list.isFetching}
            onClick={() => {
              setNow(Date.now());
              void list.refetch();
            }}
          >
            {t('filters.refresh')}
          </Button>
        </Group>
      </Group>
      {list.isError ? (
        <QueryError title={t('table.loadError')} error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Skeleton h={160} />
      ) : rows.length === 0 ? (
        <Alert variant="light" color="gray">
          {t('table.empty')}
        </Alert>
      ) : (
        <Table striped highlightOnHover aria-label={t('table.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.requestId')}</Table.Th>
              <Table.Th>{t('table.status')}</Table.Th>
              <Table.Th>{t('table.start', { offset })}</Table.Th>
              <Table.Th>{t('table.end', { offset })}</Table.Th>
              <Table.Th>{t('table.error')}</Table.Th>
              <Table.Th>{t('table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.request_id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {r.request_id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[r.status]} variant="light">
                    {t(`status.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{show(r.start_time)}</Table.Td>
                <Table.Td>{show(r.end_time)}</Table.Td>
                <Table.Td>
                  <Text size="xs" c={r.error_code ? 'red' : 'dimmed'}>
                    {r.error_code ? `${r.error_message} (${String(r.error_code)})` : '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      component={Link}
                      to={`${paths.function(connection.id, pkg, name, 'logs')}?requestId=${encodeURIComponent(r.request_id)}&range=1d`}
                      aria-label={`${t('table.logs')} ${r.request_id}`}
                    >
                      {t('table.logs')}
                    </Button>
                    {(r.status === 'WAIT' || r.status === 'RUNNING') && (
                      <Button
                        size="compact-xs"
                        color="red"
                        variant="light"
                        aria-label={`${t('table.stop')} ${r.request_id}`}
                        onClick={() => {
                          setStopping(r.request_id);
                        }}
                      >
                        {t('table.stop')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {stopping && (
        <CancelDialog
          scope={scope}
          urn={urn}
          requestId={stopping}
          onClose={() => {
            setStopping('');
          }}
        />
      )}
    </Stack>
  );
}
