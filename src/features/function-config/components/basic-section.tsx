import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { MEMORY_SIZES, RUNTIMES } from '@/api/contract/functions';
import type { FunctionConfig } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { updateBody } from '../utils/update-body';
import { handlerValid, intIn } from '../utils/rules';
import { ConfigSection, diffFields } from './config-section';

/** Handler, runtime, memory, timeout, description (seed 7.6.7); the app is shown but cannot change. */
export function BasicSection({ fn }: { fn: FunctionConfig }) {
  const t = useFeatureTranslation(configCatalogue);
  const initial = {
    handler: fn.handler,
    runtime: fn.runtime,
    memory: String(fn.memory_size),
    timeout: String(fn.timeout),
    description: fn.description ?? '',
  };
  const [draft, setDraft] = useState(initial);
  const save = useSectionSave(saves.config);
  const errors = {
    handler: handlerValid(draft.runtime, draft.handler) ? undefined : t('basic.errors.handler'),
    timeout: intIn(draft.timeout, 3, 259_200) ? undefined : t('basic.errors.timeout'),
    description: draft.description.length <= 512 ? undefined : t('basic.errors.description'),
  };
  const changes = diffFields(initial, draft, {
    handler: t('basic.handler'),
    runtime: t('basic.runtime'),
    memory: t('basic.memory'),
    timeout: t('basic.timeout'),
    description: t('basic.description'),
  });
  const set = (key: keyof typeof draft) => (value: string | null) => {
    setDraft((d) => ({ ...d, [key]: value ?? '' }));
  };
  return (
    <ConfigSection
      title={t('basic.title')}
      changes={changes}
      invalid={Object.values(errors).some(Boolean)}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setDraft(initial);
        save.reset();
      }}
      onSave={(done) => {
        save.mutate(
          updateBody(fn, {
            handler: draft.handler.trim(),
            runtime: draft.runtime,
            memory_size: Number(draft.memory),
            timeout: Number(draft.timeout),
            description: draft.description,
          }),
          { onSuccess: done },
        );
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('basic.handler')}
          value={draft.handler}
          error={errors.handler}
          onChange={(e) => {
            set('handler')(e.currentTarget.value);
          }}
        />
        <Select
          label={t('basic.runtime')}
          data={[...RUNTIMES]}
          value={draft.runtime}
          onChange={set('runtime')}
          allowDeselect={false}
          searchable
        />
        <Select
          label={t('basic.memory')}
          data={MEMORY_SIZES.map(String)}
          value={draft.memory}
          onChange={set('memory')}
          allowDeselect={false}
        />
        <TextInput
          label={t('basic.timeout')}
          inputMode="numeric"
          value={draft.timeout}
          error={errors.timeout}
          onChange={(e) => {
            set('timeout')(e.currentTarget.value);
          }}
        />
        <TextInput label={t('basic.app')} value={fn.package} description={t('basic.appFixed')} readOnly />
        <Textarea
          label={t('basic.description')}
          value={draft.description}
          error={errors.description}
          rows={2}
          onChange={(e) => {
            set('description')(e.currentTarget.value);
          }}
        />
      </SimpleGrid>
    </ConfigSection>
  );
}
