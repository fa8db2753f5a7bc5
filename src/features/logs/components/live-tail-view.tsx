/** Live tail grouped by request id (newest request first), with a live indicator and pause. */
import '@mantine/core/styles/Accordion.css';
import { Accordion, Badge, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { LogSource } from '../api/log-api';
import type { ListLogsRequest } from '../api/types';
import { useLiveTail } from '../hooks/use-live-tail';
import { logsCatalogue } from '../i18n';
import { groupByRequest } from '../utils/log-lines';

export function LiveTailView({
  scope,
  sources,
  body,
  onOpenRequest,
}: {
  scope: ConnectionScope;
  sources: readonly LogSource[];
  body: Omit<ListLogsRequest, 'start_time' | 'end_time'>;
  onOpenRequest: (id: string) => void;
}) {
  const t = useFeatureTranslation(logsCatalogue);
  const [running, setRunning] = useState(true);
  const tail = useLiveTail(scope, sources, body, running, true);
  const { groups } = groupByRequest(tail.data ?? []);
  const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Badge color={running ? 'green' : 'gray'} variant="dot" role="status">
          {running ? t('tail.live') : t('tail.paused')}
        </Badge>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setRunning((r) => !r);
          }}
        >
          {running ? t('tail.pause') : t('tail.resume')}
        </Button>
      </Group>
      {tail.isError && (
        <QueryError title={t('view.loadError')} error={tail.error} onRetry={() => void tail.refetch()} />
      )}
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tail.waiting')}
        </Text>
      ) : (
        <Accordion multiple variant="separated" aria-label={t('tail.requests')} chevronPosition="left">
          {groups.slice(0, 200).map((g) => (
            <Accordion.Item key={g.requestId} value={g.requestId}>
              <Accordion.Control aria-label={g.requestId}>
                <Group gap="sm" wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {time.format(g.start)}
                  </Text>
                  <Text size="sm" ff="monospace">
                    {g.requestId}
                  </Text>
                  {g.source && <Badge variant="light">{g.source}</Badge>}
                  <Badge color={g.failed ? 'red' : g.finish ? 'green' : 'blue'} variant="light">
                    {g.failed ? t('tail.failed') : g.finish ? t('tail.succeeded') : t('tail.running')}
                  </Badge>
                  {g.finish && (
                    <Text size="xs" c="dimmed">
                      {g.finish.durationMs} ms
                    </Text>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Code block fz="xs">
                  {g.lines.map((l) => l.text).join('\n')}
                </Code>
                <Button
                  size="xs"
                  variant="subtle"
                  mt="xs"
                  onClick={() => {
                    onOpenRequest(g.requestId);
                  }}
                >
                  {t('view.openRequest', { id: g.requestId })}
                </Button>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
