import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Skeleton.css';
/**
 * One request as a timeline: invocation start (version, attempt), its log lines, the result (duration, billed
 * duration, memory; failed when an ERROR line is present), and for async requests the status record (seed
 * 7.15.5), with retries as extra attempts.
 */
import '@mantine/core/styles/Drawer.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Timeline.css';
import { Code, Drawer, Skeleton, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { LogSource } from '../api/log-api';
import { queryStream, useAsyncRecord } from '../api/log-api';
import { logsKeys } from '../api/keys';
import { logsCatalogue } from '../i18n';
import type { LogLine } from '../utils/log-lines';
import { groupByRequest, isStart, parseFinish, toLogLine } from '../utils/log-lines';

const WEEK_MS = 7 * 86_400_000;

function useRequestLines(
  scope: ConnectionScope,
  sources: readonly LogSource[],
  requestId: string,
  cloud: boolean,
) {
  const streams = sources.map((s) => s.key).join(',');
  return useQuery({
    queryKey: logsKeys.request(scope, streams, requestId, cloud),
    enabled: requestId !== '' && sources.length > 0,
    queryFn: async ({ signal }) => {
      const now = Date.now();
      const pages = await Promise.all(
        sources.map(async (source) => {
          const page = await queryStream(
            scope,
            source.detail,
            {
              start_time: String(now - WEEK_MS),
              end_time: String(now + 1000),
              is_desc: false,
              limit: 5000,
              highlight: false,
              // Labels are exact locally; a cloud stream is searched by the id (lts-query.md §7.3).
              ...(cloud ? { keywords: requestId } : { labels: { requestId } }),
            },
            signal,
          );
          return page.logs.map((l) => toLogLine(l, streams.includes(',') ? source.label : undefined));
        }),
      );
      return groupByRequest(pages.flat()).groups.find((g) => g.requestId === requestId) ?? null;
    },
  });
}

function LineText({ line }: { line: LogLine }) {
  return (
    <Code block fz="xs" c={line.level === 'ERROR' ? 'red' : undefined}>
      {line.text}
    </Code>
  );
}

export function RequestTimeline({
  scope,
  sources,
  requestId,
  cloud,
  asyncUrn,
  onClose,
}: {
  scope: ConnectionScope;
  sources: readonly LogSource[];
  requestId: string;
  cloud: boolean;
  /** The function's URN when async records can be looked up (the function's own tabs). */
  asyncUrn?: string;
  onClose: () => void;
}) {
  const t = useFeatureTranslation(logsCatalogue);
  const request = useRequestLines(scope, sources, requestId, cloud);
  const record = useAsyncRecord(scope, asyncUrn, requestId);
  const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  const group = request.data;
  const items: React.ReactNode[] = [];
  if (group) {
    let attempt = 0;
    for (const line of group.lines) {
      if (isStart(line.text)) {
        attempt += 1;
        items.push(
          <Timeline.Item key={line.lineNum} title={t('timeline.invocation')} color="blue">
            <Text size="xs" c="dimmed">
              {time.format(line.time)} ·{' '}
              {t('timeline.invocationDetail', { version: line.version ?? '—', attempt })}
            </Text>
          </Timeline.Item>,
        );
        continue;
      }
      const finish = parseFinish(line.text);
      if (finish) {
        items.push(
          <Timeline.Item
            key={line.lineNum}
            title={`${t('timeline.result')}: ${group.failed ? t('timeline.failed') : t('timeline.succeeded')}`}
            color={group.failed ? 'red' : 'green'}
          >
            <Text size="xs" c="dimmed">
              {time.format(line.time)} ·{' '}
              {t('timeline.resultDetail', {
                duration: finish.durationMs,
                billed: finish.billedMs,
                memory: finish.memoryUsedMb,
              })}
            </Text>
          </Timeline.Item>,
        );
        continue;
      }
      items.push(
        <Timeline.Item
          key={line.lineNum}
          title={line.platform ? undefined : t('timeline.logs')}
          lineVariant="dotted"
        >
          <Text size="xs" c="dimmed">
            {time.format(line.time)}
          </Text>
          <LineText line={line} />
        </Timeline.Item>,
      );
    }
    if (!group.finish) {
      items.push(
        <Timeline.Item key="no-finish" title={t('timeline.result')} color="gray">
          <Text size="xs">{t('timeline.noFinish')}</Text>
        </Timeline.Item>,
      );
    }
  }
  const rec = record.data;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={t('timeline.title', { id: requestId })}
      closeButtonProps={{ 'aria-label': t('timeline.close') }}
    >
      {request.isPending ? (
        <Skeleton h={200} />
      ) : request.isError ? (
        <QueryError
          title={t('timeline.loadError')}
          error={request.error}
          onRetry={() => void request.refetch()}
        />
      ) : (
        <>
          {group && group.attempts > 1 && (
            <Text size="sm" mb="sm">
              {t('timeline.retries', { count: group.attempts })}
            </Text>
          )}
          {!group && <Text size="sm">{t('timeline.noLines')}</Text>}
          <Timeline bulletSize={14} lineWidth={2} aria-label={t('timeline.title', { id: requestId })}>
            {items}
            {rec && (
              <Timeline.Item
                title={t('timeline.async')}
                color={rec.status === 'SUCCESS' ? 'green' : 'orange'}
              >
                <Text size="xs">
                  {t('timeline.asyncDetail', {
                    status: rec.status,
                    start: rec.start_time,
                    end: rec.end_time || '—',
                  })}
                </Text>
                {rec.error_code !== 0 && (
                  <Text size="xs" c="red">
                    {t('timeline.asyncError', { message: rec.error_message, code: rec.error_code })}
                  </Text>
                )}
              </Timeline.Item>
            )}
          </Timeline>
        </>
      )}
    </Drawer>
  );
}
