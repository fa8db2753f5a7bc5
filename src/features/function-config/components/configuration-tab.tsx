import '@mantine/core/styles/Skeleton.css';
import { Alert, Skeleton, Stack } from '@mantine/core';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import { useFunctionConfig } from '@/lib/function-api/get-function-config';
import { useFunctionRef } from '@/lib/function-ref';
import { useAsyncConfig, useReserved, useTags, useTracing } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { AsyncSection } from './async-section';
import { BasicSection } from './basic-section';
import { ConcurrencySection } from './concurrency-section';
import { EnvSection } from './env-section';
import { InitializerSection } from './initializer-section';
import { ReservedSection } from './reserved-section';
import { StatusSection } from './status-section';
import { TagsSection } from './tags-section';
import { TracingSection } from './tracing-section';

/**
 * The configuration tab: one section per concern, each saving on its own. Sections are keyed by the data
 * they edit, so a successful save (which refetches) starts them fresh, while a failed one keeps the edits.
 */
export function ConfigurationTab() {
  const t = useFeatureTranslation(configCatalogue);
  const scope = useConnectionScope();
  const ref = useFunctionRef();
  const config = useFunctionConfig(scope, ref.urn);
  const asyncConfig = useAsyncConfig();
  const tracing = useTracing();
  const tags = useTags();
  const reserved = useReserved();

  if (config.isPending) return <Skeleton height={240} aria-label={t('common.loading')} />;
  if (config.isError)
    return (
      <QueryError title={t('common.loadError')} error={config.error} onRetry={() => void config.refetch()} />
    );
  const fn = config.data;
  const version = `${fn.last_modified ?? ''}|${JSON.stringify(fn.strategy_config ?? {})}`;
  const failed = [asyncConfig, tracing, tags, reserved].find((q) => q.isError);

  return (
    <Stack gap="md">
      {ref.qualifier.kind !== 'latest' ? (
        <Alert color="blue" variant="light">
          {t('common.notLatest', { qualifier: ref.qualifier.raw })}
        </Alert>
      ) : null}
      <BasicSection key={`basic-${version}`} fn={fn} />
      <EnvSection key={`env-${version}-${fn.user_data ?? ''}-${fn.encrypted_user_data ?? ''}`} fn={fn} />
      <ConcurrencySection key={`concurrency-${version}`} fn={fn} />
      {reserved.isSuccess ? (
        <ReservedSection key={`reserved-${String(reserved.data)}`} count={reserved.data} />
      ) : null}
      {asyncConfig.isSuccess ? (
        <AsyncSection key={`async-${JSON.stringify(asyncConfig.data)}`} config={asyncConfig.data} />
      ) : null}
      <InitializerSection key={`init-${version}`} fn={fn} />
      {tracing.isSuccess ? (
        <TracingSection key={`tracing-${JSON.stringify(tracing.data)}`} tracing={tracing.data} />
      ) : null}
      {tags.isSuccess ? <TagsSection key={`tags-${JSON.stringify(tags.data)}`} tags={tags.data} /> : null}
      <StatusSection fn={fn} />
      {failed ? (
        <QueryError
          title={t('common.loadError')}
          error={failed.error}
          onRetry={() => void failed.refetch()}
        />
      ) : null}
      {[asyncConfig, tracing, tags, reserved].some((q) => q.isPending) ? (
        <Skeleton height={120} aria-label={t('common.loading')} />
      ) : null}
    </Stack>
  );
}
