import '@mantine/core/styles/Card.css';
import { Alert, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { QueryError } from '@/components/ui/query-error';
import { PageLoader } from '@/components/ui/page-loader';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import { snapshotQueryOptions } from '../api/versions';
import { versionsAliasesCatalogue } from '../i18n';
import { diffPackages } from '../utils/code-diff';
import { diffConfigs } from '../utils/config-diff';
import { CodeDiffView } from './code-diff-view';
import { ConfigDiffTable } from './config-diff-table';

/** ★ Diff of any two versions: configuration field by field, code file by file. */
export function VersionDiff({ fn, versions }: { fn: FunctionRef; versions: string[] }) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const scope = useConnectionScope();
  const published = versions.filter((v) => v !== 'latest');
  const [original, setOriginal] = useState(published[0] ?? versions[0] ?? 'latest');
  const [modified, setModified] = useState('latest');
  const a = useQuery(snapshotQueryOptions(scope, fn, original));
  const b = useQuery(snapshotQueryOptions(scope, fn, modified));
  const diff = useMemo(() => {
    if (!a.data || !b.data) return undefined;
    return {
      config: diffConfigs(a.data.config, b.data.config),
      files: diffPackages(a.data.zipBase64, b.data.zipBase64),
    };
  }, [a.data, b.data]);
  const error = a.error ?? b.error;
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {t('diff.title')}
        </Title>
        <Group>
          <NativeSelect
            label={t('diff.original')}
            value={original}
            data={versions}
            onChange={(e) => {
              setOriginal(e.currentTarget.value);
            }}
          />
          <NativeSelect
            label={t('diff.modified')}
            value={modified}
            data={versions}
            onChange={(e) => {
              setModified(e.currentTarget.value);
            }}
          />
        </Group>
        {original === modified ? (
          <Alert variant="light">{t('diff.same')}</Alert>
        ) : error ? (
          <QueryError
            title={t('diff.title')}
            error={error}
            onRetry={() => {
              void a.refetch();
              void b.refetch();
            }}
          />
        ) : !diff ? (
          <PageLoader label={t('diff.loading')} />
        ) : (
          <>
            <Text fw={600}>{t('diff.code')}</Text>
            <CodeDiffView key={`${original}:${modified}`} files={diff.files} />
            <Text fw={600}>{t('diff.config')}</Text>
            <ConfigDiffTable rows={diff.config} original={original} modified={modified} />
          </>
        )}
      </Stack>
    </Card>
  );
}
