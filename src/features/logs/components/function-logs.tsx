import '@mantine/core/styles/Skeleton.css';
/** A function's Logs tab: its stream (seed 7.9.2) in the shared logs view. */
import { Skeleton } from '@mantine/core';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { functionUrn } from '@/lib/function-ref';
import { useLogSources } from '../api/log-api';
import { logsCatalogue } from '../i18n';
import { LogsView } from './logs-view';

export function FunctionLogs({ pkg, name }: { pkg: string; name: string }) {
  const t = useFeatureTranslation(logsCatalogue);
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const urn = functionUrn(connection, pkg, name);
  const sources = useLogSources(scope, [{ urn, label: name }]);
  if (sources.error) return <QueryError title={t('view.loadError')} error={sources.error} />;
  if (sources.isPending) return <Skeleton h={320} />;
  return <LogsView sources={sources.sources} asyncUrn={urn} downloadName={`${name}-logs.txt`} />;
}
