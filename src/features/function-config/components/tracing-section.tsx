import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/SimpleGrid.css';
import { PasswordInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { ConfigSection, diffFields } from './config-section';

/** seed 7.5: APM AK/SK; empty values turn tracing off. The stored SK comes back masked and is never shown. */
export function TracingSection({
  tracing,
}: {
  tracing: { tracing_ak?: string; tracing_sk?: string } | null;
}) {
  const t = useFeatureTranslation(configCatalogue);
  const storedSk = Boolean(tracing?.tracing_sk);
  const initial = { ak: tracing?.tracing_ak ?? '', sk: '' };
  const [draft, setDraft] = useState(initial);
  const save = useSectionSave(saves.tracing);
  // Clearing the AK turns tracing off; otherwise a new AK needs an SK unless one is stored.
  const error =
    draft.ak !== '' && draft.sk === '' && !(storedSk && draft.ak === initial.ak)
      ? t('tracing.error')
      : draft.ak === '' && draft.sk !== ''
        ? t('tracing.error')
        : undefined;
  const changes = diffFields(initial, draft, { ak: t('tracing.ak'), sk: t('tracing.sk') }).map((c) =>
    c.field === t('tracing.sk') ? { ...c, to: '••••••' } : c,
  );
  return (
    <ConfigSection
      title={t('tracing.title')}
      changes={changes}
      invalid={error !== undefined}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setDraft(initial);
        save.reset();
      }}
      onSave={(done) => {
        save.mutate(
          { tracing_ak: draft.ak, tracing_sk: draft.ak === '' ? '' : draft.sk },
          { onSuccess: done },
        );
      }}
    >
      <Text size="sm" c="dimmed">
        {t('tracing.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('tracing.ak')}
          value={draft.ak}
          error={error}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, ak: v }));
          }}
        />
        <PasswordInput
          label={t('tracing.sk')}
          placeholder={storedSk ? t('tracing.skMasked') : undefined}
          value={draft.sk}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setDraft((d) => ({ ...d, sk: v }));
          }}
        />
      </SimpleGrid>
    </ConfigSection>
  );
}
