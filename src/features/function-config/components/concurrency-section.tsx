import '@mantine/core/styles/SimpleGrid.css';
import { SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FunctionConfig } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { ConnectionScope } from '@/api/client';
import type { FunctionRef } from '@/lib/function-ref';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { intIn } from '../utils/rules';
import { updateBody } from '../utils/update-body';
import { ConfigSection, diffFields } from './config-section';
import { draftFields } from '../utils/draft-field';

/**
 * Requests per instance (`strategy_config.concurrent_num`, seed 7.6.7) and max instances (seed 7.6.8
 * `config-max-instance`); each is saved through its own API, only when it changed.
 */
export function ConcurrencySection({ fn }: { fn: FunctionConfig }) {
  const t = useFeatureTranslation(configCatalogue);
  const initial = {
    perInstance: String(fn.strategy_config?.concurrent_num ?? 1),
    maxInstances: String(fn.strategy_config?.concurrency ?? -1),
  };
  const [draft, setDraft] = useState(initial);
  const save = useSectionSave(async (scope: ConnectionScope, ref: FunctionRef, next: typeof initial) => {
    if (next.perInstance !== initial.perInstance)
      await saves.config(
        scope,
        ref,
        updateBody(fn, {
          strategy_config: {
            concurrency: fn.strategy_config?.concurrency ?? -1,
            concurrent_num: Number(next.perInstance),
          },
        }),
      );
    if (next.maxInstances !== initial.maxInstances)
      await saves.maxInstances(scope, ref, Number(next.maxInstances));
  });
  const errors = {
    perInstance: intIn(draft.perInstance, 1, 1000) ? undefined : t('concurrency.errors.perInstance'),
    maxInstances: intIn(draft.maxInstances, -1, 1000) ? undefined : t('concurrency.errors.maxInstances'),
  };
  const field = draftFields(draft, setDraft, errors);
  return (
    <ConfigSection
      title={t('concurrency.title')}
      changes={diffFields(initial, draft, {
        perInstance: t('concurrency.perInstance'),
        maxInstances: t('concurrency.maxInstances'),
      })}
      invalid={Boolean(errors.perInstance ?? errors.maxInstances)}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setDraft(initial);
        save.reset();
      }}
      onSave={(done) => {
        save.mutate(draft, { onSuccess: done });
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('concurrency.perInstance')}
          description={t('concurrency.perInstanceHint')}
          inputMode="numeric"
          {...field('perInstance')}
        />
        <TextInput
          label={t('concurrency.maxInstances')}
          description={t('concurrency.maxInstancesHint')}
          inputMode="numeric"
          {...field('maxInstances')}
        />
      </SimpleGrid>
    </ConfigSection>
  );
}
