import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Skeleton.css';
/** The Logs page: pick functions (`?fn=pkg/name`, repeatable), read their streams together. */
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { Alert, MultiSelect, Skeleton, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { functionUrn } from '@/lib/function-ref';
import { useFunctionNames, useLogSources } from '../api/log-api';
import { logsCatalogue } from '../i18n';
import { LogsView } from './logs-view';

export function AllLogs() {
  const t = useFeatureTranslation(logsCatalogue);
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const [params, setParams] = useSearchParams();
  const functions = useFunctionNames(scope);
  const picked = params.getAll('fn');
  const chosen = picked.map((id) => {
    const [pkg = 'default', ...rest] = id.split('/');
    const name = rest.join('/');
    return { urn: functionUrn(connection, pkg, name), label: name };
  });
  const sources = useLogSources(scope, chosen);
  return (
    <Stack gap="md">
      {functions.isError ? (
        <QueryError
          title={t('view.loadError')}
          error={functions.error}
          onRetry={() => void functions.refetch()}
        />
      ) : (
        <MultiSelect
          label={t('form.functions')}
          description={t('form.functionsHint')}
          searchable
          maw={640}
          data={(functions.data ?? []).map((f) => ({ value: `${f.package}/${f.name}`, label: f.name }))}
          value={picked}
          onChange={(values) => {
            setParams(
              (p) => {
                const next = new URLSearchParams(p);
                next.delete('fn');
                for (const v of values) next.append('fn', v);
                return next;
              },
              { replace: true },
            );
          }}
        />
      )}
      {picked.length === 0 ? (
        <Alert variant="light" color="gray">
          {t('view.pickFunctions')}
        </Alert>
      ) : sources.error ? (
        <QueryError title={t('view.loadError')} error={sources.error} />
      ) : sources.isPending ? (
        <Skeleton h={320} />
      ) : (
        <LogsView sources={sources.sources} downloadName="logs.txt" />
      )}
    </Stack>
  );
}
