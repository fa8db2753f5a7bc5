import '@mantine/core/styles/Divider.css';
import '@mantine/core/styles/Tooltip.css';
import '@mantine/core/styles/Popover.css';
import {
  Alert,
  Button,
  Divider,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import { MOD_LABEL, useModKey } from '@/components/code-editor/use-mod-key';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useAsyncStatus, useInvoke } from '../api/invoke';
import type { InvokeInput } from '../api/invoke';
import { useTestEvent, useTestEvents } from '../api/test-events';
import type { TestEventItem } from '../api/test-events';
import { useEventBody } from '../hooks/use-event-body';
import { useQualifiers } from '../hooks/use-qualifiers';
import { testEventsCatalogue } from '../i18n';
import { eventBodyProblem } from '../utils/event-content';
import type { InvocationResult } from '../utils/invocation-result';
import { EventPicker } from './event-picker';
import { ResultPanel } from './result-panel';
import { TestEventForm } from './test-event-form';

export interface DraftRunSource {
  dirty: boolean;
  build: () => string;
}

export interface TestPanelProps {
  scope: ConnectionScope;
  /** The function's URN without a qualifier (`…:function:<package>:<name>`); the panel appends one. */
  unqualifiedUrn: string;
  isLocal: boolean;
  logsHref: (requestId: string) => string;
  /** The version or alias selected when the panel opens (`latest`, `v1`, `!prod`). */
  initialQualifier?: string;
  /** On the Code tab: where a draft run gets the editor's package. */
  draft?: DraftRunSource;
}

type FormState = { mode: 'create'; body?: string } | { mode: 'edit'; event: TestEventItem };

/** Test events, sync/async/draft invocation and the result (the Code tab's side panel and the Test tab). */
export function TestPanel({
  scope,
  unqualifiedUrn,
  isLocal,
  logsHref,
  initialQualifier = 'latest',
  draft,
}: TestPanelProps) {
  const t = useFeatureTranslation(testEventsCatalogue);
  const urn = `${unqualifiedUrn}:latest`;
  const events = useTestEvents(scope, urn);
  const qualifiers = useQualifiers(scope, unqualifiedUrn);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const list = events.data ?? [];
  const selected = list.find((e) => e.id === selectedId) ?? (selectedId === undefined ? list[0] : undefined);
  const detail = useTestEvent(scope, urn, selected?.id);
  const [body, setBody] = useEventBody(selected?.id, detail.data?.content);
  const [qualifier, setQualifier] = useState(initialQualifier);
  const [form, setForm] = useState<FormState | null>(null);
  const [lastRequest, setLastRequest] = useState<{ body: string; urn: string } | undefined>();
  const invokeMutation = useInvoke(scope);
  const result = invokeMutation.data;
  const asyncStatus = useAsyncStatus(
    scope,
    lastRequest?.urn ?? urn,
    result?.kind === 'async' ? result.requestId : undefined,
  );

  const bodyProblem = eventBodyProblem(body);
  const run = (mode: InvokeInput['mode']) => {
    if (bodyProblem || invokeMutation.isPending) return;
    const target = mode === 'draft' ? urn : `${unqualifiedUrn}:${qualifier}`;
    const event: unknown = JSON.parse(body);
    setLastRequest({ body, urn: target });
    if (mode === 'draft') invokeMutation.mutate({ mode, urn: target, event, code: draft?.build() ?? '' });
    else invokeMutation.mutate({ mode, urn: target, event });
  };
  useModKey('Enter', () => {
    run('sync');
  });

  const shown: InvocationResult | undefined =
    result?.kind === 'async' && asyncStatus.data
      ? {
          ...result,
          status: asyncStatus.data.status,
          errorCode: asyncStatus.data.error_code,
          errorMessage: asyncStatus.data.error_message,
          startTime: asyncStatus.data.start_time,
          endTime: asyncStatus.data.end_time,
        }
      : result;

  if (events.isError)
    return <QueryError title={t('loadFailed')} error={events.error} onRetry={() => void events.refetch()} />;

  const draftDisabledReason = !isLocal
    ? t('draftCloud')
    : draft && !draft.dirty
      ? t('draftNothing')
      : t('draftRunHint');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('title')}
        </Title>
        <EventPicker
          scope={scope}
          urn={urn}
          events={list}
          selected={selected}
          onSelect={setSelectedId}
          onCreate={() => {
            setForm({ mode: 'create' });
          }}
          onEdit={(event) => {
            setForm({ mode: 'edit', event });
          }}
        />
        <Textarea
          label={t('eventData')}
          description={t('eventDataHint')}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
          }}
          error={bodyProblem ? t(`problems.${bodyProblem}`) : undefined}
          rows={6}
          resize="vertical"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('qualifier')}
            value={qualifier}
            onChange={(e) => {
              setQualifier(e.currentTarget.value);
            }}
            data={[
              { value: 'latest', label: 'latest' },
              ...(qualifiers.data?.versions.length
                ? [{ group: t('versionsGroup'), items: qualifiers.data.versions }]
                : []),
              ...(qualifiers.data?.aliases.length
                ? [
                    {
                      group: t('aliasesGroup'),
                      items: qualifiers.data.aliases.map((a) => ({ value: `!${a}`, label: a })),
                    },
                  ]
                : []),
            ]}
          />
          <Button
            onClick={() => {
              run('sync');
            }}
            loading={invokeMutation.isPending && invokeMutation.variables.mode === 'sync'}
            disabled={!!bodyProblem}
            title={t('testShortcut', { keys: `${MOD_LABEL}+Enter` })}
          >
            {t('test')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              run('async');
            }}
            disabled={!!bodyProblem}
          >
            {t('invokeAsync')}
          </Button>
          {draft ? (
            <Tooltip label={draftDisabledReason} multiline w={260}>
              <Button
                variant="light"
                onClick={() => {
                  run('draft');
                }}
                disabled={!isLocal || !!bodyProblem}
                loading={invokeMutation.isPending && invokeMutation.variables.mode === 'draft'}
              >
                {t('draftRun')}
              </Button>
            </Tooltip>
          ) : null}
        </Group>
        {draft && !isLocal ? (
          <Alert color="gray" p="xs">
            {t('draftCloud')}
          </Alert>
        ) : null}
        <Divider />
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('result.title')}
          </Title>
          {lastRequest && result ? (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => {
                setForm({ mode: 'create', body: lastRequest.body });
              }}
              disabled={list.length >= 10}
            >
              {t('saveRequest')}
            </Button>
          ) : null}
        </Group>
        <ResultPanel result={shown} logsHref={logsHref} />
      </Stack>
      {form ? (
        <TestEventForm
          scope={scope}
          urn={urn}
          editing={form.mode === 'edit' ? form.event : undefined}
          initialBody={form.mode === 'edit' ? body : form.body}
          existingNames={list.map((e) => e.name)}
          onClose={() => {
            setForm(null);
          }}
          onSaved={(saved) => {
            notifications.show({ color: 'green', message: t('saved', { name: saved.name }) });
            setForm(null);
            if (saved.id) setSelectedId(saved.id);
          }}
        />
      ) : null}
    </Paper>
  );
}
