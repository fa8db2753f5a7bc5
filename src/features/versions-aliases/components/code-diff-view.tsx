import '@mantine/core/styles/List.css';
import { Badge, Button, Code, Group, List, Stack, Text, useComputedColorScheme } from '@mantine/core';
import { useState } from 'react';
import { CodeDiffEditor } from '@/components/code-editor/code-diff-editor';
import { PageLoader } from '@/components/ui/page-loader';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { versionsAliasesCatalogue } from '../i18n';
import type { FileDiff } from '../utils/code-diff';
import { changedLines } from '../utils/line-diff';

const STATUS_COLOR = { added: 'green', removed: 'red', modified: 'yellow', unchanged: 'gray' } as const;

/** Code file by file: the file list with a status each, Monaco's diff of the selected file, the changed lines. */
export function CodeDiffView({ files }: { files: FileDiff[] }) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const scheme = useComputedColorScheme('light');
  const [selected, setSelected] = useState<string | undefined>(files[0]?.path);
  const file = files.find((f) => f.path === selected) ?? files[0];
  if (!file)
    return (
      <Text size="sm" c="dimmed">
        {t('diff.noCode')}
      </Text>
    );
  const lines = file.binary ? null : changedLines(file.original, file.modified);
  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label={t('diff.files')}>
        {files.map((f) => (
          <Button
            key={f.path}
            size="compact-sm"
            variant={f.path === file.path ? 'filled' : 'default'}
            aria-pressed={f.path === file.path}
            onClick={() => {
              setSelected(f.path);
            }}
            rightSection={
              <Badge size="xs" color={STATUS_COLOR[f.status]} variant="light">
                {t(`diff.status.${f.status}`)}
              </Badge>
            }
          >
            {f.path}
          </Button>
        ))}
      </Group>
      {file.binary ? (
        <Text size="sm">{t('diff.binary', { status: t(`diff.status.${file.status}`) })}</Text>
      ) : (
        <>
          <CodeDiffEditor
            path={file.path}
            original={file.original}
            modified={file.modified}
            height={360}
            colorScheme={scheme}
            fallback={<PageLoader label={file.path} />}
          />
          {lines && lines.length > 0 && (
            <List size="sm" aria-label={t('diff.code')} listStyleType="none" spacing={2}>
              {lines.slice(0, 200).map((l) => (
                <List.Item key={`${l.kind}-${String(l.line)}`}>
                  <Code c={l.kind === 'added' ? 'green' : 'red'}>
                    {l.kind === 'added' ? '+' : '−'}
                    {l.line}: {l.text}
                  </Code>
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
