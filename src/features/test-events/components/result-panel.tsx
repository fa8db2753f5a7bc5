import '@mantine/core/styles/Table.css';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { testEventsCatalogue } from '../i18n';
import type { AsyncStatus, InvocationResult } from '../utils/invocation-result';
import { FINAL_ASYNC, prettyResult } from '../utils/invocation-result';

type T = ReturnType<typeof useFeatureTranslation<(typeof testEventsCatalogue)['en-US']>>;

function RequestId({ id, logsHref }: { id: string; logsHref?: (id: string) => string }) {
  const t = useFeatureTranslation(testEventsCatalogue);
  return (
    <Group gap="xs" wrap="nowrap">
      <Code data-testid="request-id">{id}</Code>
      <CopyButton value={id}>
        {({ copied, copy }) => (
          <Button size="compact-xs" variant="subtle" onClick={copy}>
            {copied ? t('result.copied') : t('result.copy')}
          </Button>
        )}
      </CopyButton>
      {logsHref ? (
        <Anchor component={Link} to={logsHref(id)} size="sm">
          {t('result.viewLogs')}
        </Anchor>
      ) : null}
    </Group>
  );
}

function SummaryRow({ label, value }: { label: string; value: string | undefined }) {
  if (value === undefined) return null;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} w="40%">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

const fmt = (t: T, key: 'ms' | 'mb', v: number | undefined) =>
  v === undefined ? undefined : t(key, { value: Math.round(v * 100) / 100 });

const asyncColor = (s: AsyncStatus) =>
  s === 'SUCCESS' ? 'green' : s === 'FAIL' || s === 'DISCARD' ? 'red' : 'blue';

/**
 * The result of a run (GLOSSARY §5 "Execution Result"): status, the function's output (pretty JSON when it is
 * JSON), the log tail, the summary, and the request id (copyable, linking to its logs).
 */
export function ResultPanel({
  result,
  logsHref,
}: {
  result: InvocationResult | undefined;
  logsHref?: (requestId: string) => string;
}) {
  const t = useFeatureTranslation(testEventsCatalogue);
  if (!result)
    return (
      <Text c="dimmed" size="sm">
        {t('result.empty')}
      </Text>
    );
  if (result.kind === 'fss-error')
    return (
      <Alert color="red" title={t('result.refused')} role="alert">
        <Stack gap={4}>
          <Text size="sm">
            <Code>{result.code}</Code> {result.message}
          </Text>
          <Text size="xs" c="dimmed">
            HTTP {result.status}
          </Text>
          {result.requestId ? <RequestId id={result.requestId} logsHref={logsHref} /> : null}
        </Stack>
      </Alert>
    );
  if (result.kind === 'async') {
    const final = FINAL_ASYNC.includes(result.status);
    return (
      <Stack gap="xs" aria-label={t('result.asyncTitle')}>
        <Group gap="xs">
          <Title order={3} size="h5">
            {t('result.asyncTitle')}
          </Title>
          <Badge color={asyncColor(result.status)} aria-label={t('result.asyncStatus')}>
            {t(`asyncStatus.${result.status}`)}
          </Badge>
          {final ? null : (
            <Badge variant="dot" color="red">
              {t('result.live')}
            </Badge>
          )}
        </Group>
        <RequestId id={result.requestId} logsHref={logsHref} />
        <Table>
          <Table.Tbody>
            <SummaryRow label={t('result.startTime')} value={result.startTime || undefined} />
            <SummaryRow label={t('result.endTime')} value={result.endTime || undefined} />
            <SummaryRow label={t('result.errorMessage')} value={result.errorMessage || undefined} />
          </Table.Tbody>
        </Table>
      </Stack>
    );
  }
  const output = prettyResult(result.result);
  const heading =
    result.kind === 'success'
      ? t('result.success')
      : result.kind === 'timeout'
        ? t('result.timeout')
        : t('result.failed');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={result.kind === 'success' ? 'green' : 'red'} size="lg" role="status">
          {heading}
        </Badge>
        {result.draft ? <Badge variant="outline">{t('result.draft')}</Badge> : null}
        {result.errorCode ? <Code>{result.errorCode}</Code> : null}
      </Group>
      <Box>
        <Text fw={600} size="sm" mb={4}>
          {t('result.output')}
        </Text>
        <Paper
          withBorder
          p="xs"
          component="pre"
          data-testid="function-output"
          style={{ overflow: 'auto', margin: 0, maxHeight: 240 }}
        >
          {output.text}
        </Paper>
      </Box>
      <Box>
        <Text fw={600} size="sm" mb={4}>
          {t('result.summary')}
        </Text>
        <RequestId id={result.requestId} logsHref={logsHref} />
        <Table>
          <Table.Tbody>
            <SummaryRow label={t('result.duration')} value={fmt(t, 'ms', result.durationMs)} />
            <SummaryRow label={t('result.billed')} value={fmt(t, 'ms', result.billedMs)} />
            <SummaryRow label={t('result.memoryConfigured')} value={fmt(t, 'mb', result.memorySizeMb)} />
            <SummaryRow label={t('result.memoryUsed')} value={fmt(t, 'mb', result.memoryUsedMb)} />
            <SummaryRow label={t('result.version')} value={result.version} />
          </Table.Tbody>
        </Table>
      </Box>
      <Box>
        <Text fw={600} size="sm" mb={4}>
          {t('result.log')}
        </Text>
        <Paper
          withBorder
          p="xs"
          component="pre"
          data-testid="log-output"
          style={{ overflow: 'auto', margin: 0, maxHeight: 240, fontSize: 12 }}
        >
          {result.log || t('result.noLog')}
        </Paper>
      </Box>
    </Stack>
  );
}
