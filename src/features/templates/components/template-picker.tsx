import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import {
  Code,
  Group,
  Paper,
  Radio,
  ScrollArea,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { QueryError } from '@/components/ui/query-error';
import type { Template } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useTemplates } from '../api/list-templates';
import { templatesCatalogue } from '../i18n';
import { handlerFile, templateFiles } from './template-code';

/** Template list with runtime and scenario filters, and a preview of the chosen template's code. */
export function TemplatePicker({
  value,
  onChange,
  error,
}: {
  value: Template | null;
  onChange: (template: Template) => void;
  error?: string | undefined;
}) {
  const t = useFeatureTranslation(templatesCatalogue);
  const templates = useTemplates();
  const [runtime, setRuntime] = useState<string | null>(null);
  const [scene, setScene] = useState<string | null>(null);
  const all = useMemo(() => templates.data ?? [], [templates.data]);
  const runtimes = useMemo(() => [...new Set(all.map((x) => x.runtime))].sort(), [all]);
  const scenes = useMemo(() => [...new Set(all.flatMap((x) => (x.scene ? [x.scene] : [])))].sort(), [all]);
  const shown = all.filter((x) => (!runtime || x.runtime === runtime) && (!scene || x.scene === scene));

  if (templates.isPending) return <Skeleton height={160} aria-label={t('label')} />;
  if (templates.isError)
    return <QueryError title={t('error')} error={templates.error} onRetry={() => void templates.refetch()} />;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap="xs">
        <Group gap="sm">
          <Select
            label={t('runtime')}
            placeholder={t('allRuntimes')}
            data={runtimes}
            value={runtime}
            onChange={setRuntime}
            clearable
            w={180}
          />
          <Select
            label={t('scene')}
            placeholder={t('allScenes')}
            data={scenes}
            value={scene}
            onChange={setScene}
            clearable
            w={220}
          />
        </Group>
        <Radio.Group
          label={t('label')}
          value={value?.id ?? null}
          onChange={(id) => {
            const picked = all.find((x) => x.id === id);
            if (picked) onChange(picked);
          }}
          error={error}
        >
          <ScrollArea.Autosize mah={320} mt="xs">
            <Stack gap="xs">
              {shown.length === 0 ? <Text size="sm">{t('empty')}</Text> : null}
              {shown.map((x) => (
                <Radio
                  key={x.id}
                  value={x.id}
                  label={x.template_name ?? x.title}
                  description={`${x.description ?? ''} — ${t('details', {
                    runtime: x.runtime,
                    memory: x.memory_size ?? '—',
                    timeout: x.timeout ?? '—',
                  })}`}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Radio.Group>
      </Stack>
      <TemplatePreview template={value} />
    </SimpleGrid>
  );
}

function TemplatePreview({ template }: { template: Template | null }) {
  const t = useFeatureTranslation(templatesCatalogue);
  const preview = useMemo(() => {
    if (!template?.code) return null;
    try {
      const files = templateFiles(template.code);
      const name = handlerFile(files, template.handler);
      return name ? { name, source: files[name] ?? '' } : null;
    } catch {
      return 'error' as const;
    }
  }, [template]);
  return (
    <Paper withBorder p="sm" role="region" aria-label={t('preview')}>
      <Text fw={600} size="sm" mb="xs">
        {t('preview')}
        {preview && preview !== 'error' ? ` · ${preview.name}` : ''}
      </Text>
      {preview === 'error' ? (
        <Text size="sm" c="red">
          {t('previewError')}
        </Text>
      ) : preview ? (
        <ScrollArea.Autosize mah={340}>
          <Code block>{preview.source}</Code>
        </ScrollArea.Autosize>
      ) : (
        <Text size="sm" c="dimmed">
          {t('pick')}
        </Text>
      )}
    </Paper>
  );
}
