import '@mantine/core/styles/SimpleGrid.css';
import { SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FunctionConfig } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { intIn } from '../utils/rules';
import { updateBody } from '../utils/update-body';
import { ConfigSection, diffFields } from './config-section';
import { draftFields } from '../utils/draft-field';

/** `initializer_handler` + `initializer_timeout` (1–300 s, both or neither; seed 7.6.7). */
export function InitializerSection({ fn }: { fn: FunctionConfig }) {
  const t = useFeatureTranslation(configCatalogue);
  const initial = {
    handler: fn.initializer_handler ?? '',
    timeout: fn.initializer_timeout ? String(fn.initializer_timeout) : '',
  };
  const [draft, setDraft] = useState(initial);
  const save = useSectionSave(saves.config);
  const on = draft.handler.trim() !== '';
  const errors = {
    handler:
      !on || /^[^\s.]\S*\.[^\s.]+$/.test(draft.handler.trim()) ? undefined : t('initializer.errors.handler'),
    timeout: !on || intIn(draft.timeout, 1, 300) ? undefined : t('initializer.errors.timeout'),
  };
  const field = draftFields(draft, setDraft, errors);
  return (
    <ConfigSection
      title={t('initializer.title')}
      changes={diffFields(initial, draft, {
        handler: t('initializer.handler'),
        timeout: t('initializer.timeout'),
      })}
      invalid={Boolean(errors.handler ?? errors.timeout)}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setDraft(initial);
        save.reset();
      }}
      onSave={(done) => {
        save.mutate(
          updateBody(fn, {
            initializer_handler: on ? draft.handler.trim() : undefined,
            initializer_timeout: on ? Number(draft.timeout) : undefined,
          }),
          { onSuccess: done },
        );
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('initializer.handler')}
          description={t('initializer.handlerHint')}
          {...field('handler')}
        />
        <TextInput label={t('initializer.timeout')} inputMode="numeric" {...field('timeout')} />
      </SimpleGrid>
    </ConfigSection>
  );
}
