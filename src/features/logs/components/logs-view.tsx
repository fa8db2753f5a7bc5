import '@mantine/core/styles/Skeleton.css';
/**
 * The logs view shared by a function's Logs tab and the Logs page: query (keyword, request id, level, version,
 * time range; all in the URL), newest first with infinite scroll, live tail grouped by request, a request's
 * timeline, and a text download. `?requestId=` (links from elsewhere in the console) filters and opens it.
 */
import '@mantine/core/styles/SegmentedControl.css';
import { Alert, Button, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseTimeRange, resolveRange, utcOffsetLabel, withTimeRange } from '@/components/charts/time-range';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import type { LogSource } from '../api/log-api';
import { useLogQuery } from '../hooks/use-log-query';
import { logsCatalogue } from '../i18n';
import { buildLogQuery, filtersFromParams, withFilters } from '../utils/build-query';
import { linesAsText } from '../utils/log-lines';
import { LiveTailView } from './live-tail-view';
import { LogLineList } from './log-line-list';
import { LogQueryForm } from './log-query-form';
import { RequestTimeline } from './request-timeline';

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function LogsView({
  sources,
  asyncUrn,
  downloadName,
}: {
  sources: readonly LogSource[];
  asyncUrn?: string;
  downloadName: string;
}) {
  const t = useFeatureTranslation(logsCatalogue);
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const cloud = connection.kind === 'cloud';
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const range = parseTimeRange(params, '1h');
  const [now, setNow] = useState(() => Date.now());
  const [mode, setMode] = useState<'query' | 'tail'>('query');
  const [openRequest, setOpenRequest] = useState(() => params.get('requestId') ?? '');
  const window = resolveRange(range, now);
  const body = buildLogQuery(filters, cloud ? 'cloud' : 'local', window);
  const query = useLogQuery(scope, sources, body, mode === 'query');
  const lines = useMemo(
    () =>
      (query.data?.pages ?? [])
        .flatMap((p) => p.lines)
        .sort((a, b) => (a.lineNum < b.lineNum ? 1 : a.lineNum > b.lineNum ? -1 : 0)),
    [query.data],
  );
  const offset = utcOffsetLabel(now);
  const { start_time: _s, end_time: _e, ...tailBody } = body;
  const multi = sources.length > 1;
  return (
    <Stack gap="sm">
      <LogQueryForm
        key={params.toString()}
        initial={filters}
        range={range}
        now={now}
        onSubmit={(f) => {
          setNow(Date.now());
          setParams((p) => withFilters(p, f), { replace: true });
        }}
        onRange={(r) => {
          setNow(Date.now());
          setParams((p) => withTimeRange(p, r), { replace: true });
        }}
      />
      {cloud && (
        <Text size="xs" c="dimmed">
          {t('view.cloudHint')}
        </Text>
      )}
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => {
            setMode(v === 'tail' ? 'tail' : 'query');
          }}
          data={[
            { value: 'query', label: t('view.query') },
            { value: 'tail', label: t('view.tail') },
          ]}
        />
        {mode === 'query' && (
          <Group gap="sm">
            <Text size="xs" c="dimmed" role="status">
              {t('view.loaded', { count: lines.length })}
            </Text>
            <Button
              size="xs"
              variant="default"
              disabled={lines.length === 0}
              onClick={() => {
                download(linesAsText([...lines].reverse(), offset), downloadName);
              }}
            >
              {t('view.download')}
            </Button>
          </Group>
        )}
      </Group>
      {mode === 'tail' ? (
        <LiveTailView scope={scope} sources={sources} body={tailBody} onOpenRequest={setOpenRequest} />
      ) : query.isError ? (
        <QueryError title={t('view.loadError')} error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <Skeleton h={320} />
      ) : lines.length === 0 ? (
        <Alert variant="light" color="gray">
          {t('view.empty')}
        </Alert>
      ) : (
        <LogLineList
          lines={lines}
          showSource={multi}
          labels={{
            list: t('view.linesLabel'),
            time: t('view.time', { offset }),
            level: t('form.level'),
            requestId: t('form.requestId'),
            openRequest: (id) => t('view.openRequest', { id }),
          }}
          onOpenRequest={setOpenRequest}
          onEndReached={() => {
            if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
          }}
          footer={
            query.isFetchingNextPage ? t('view.loadingMore') : query.hasNextPage ? undefined : t('view.end')
          }
        />
      )}
      {openRequest && (
        <RequestTimeline
          scope={scope}
          sources={sources}
          requestId={openRequest}
          cloud={cloud}
          {...(asyncUrn ? { asyncUrn } : {})}
          onClose={() => {
            setOpenRequest('');
          }}
        />
      )}
    </Stack>
  );
}
