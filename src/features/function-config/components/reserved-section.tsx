import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { intIn } from '../utils/rules';
import { ConfigSection, diffFields } from './config-section';

/** seed 7.11.2 `PUT F/reservedinstances {count}` for the selected version or alias. */
export function ReservedSection({ count }: { count: number }) {
  const t = useFeatureTranslation(configCatalogue);
  const initial = { count: String(count) };
  const [draft, setDraft] = useState(initial);
  const save = useSectionSave(saves.reserved);
  const error = intIn(draft.count, 0, 1000) ? undefined : t('reserved.error');
  return (
    <ConfigSection
      title={t('reserved.title')}
      changes={diffFields(initial, draft, { count: t('reserved.count') })}
      invalid={error !== undefined}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setDraft(initial);
        save.reset();
      }}
      onSave={(done) => {
        save.mutate(Number(draft.count), { onSuccess: done });
      }}
    >
      <TextInput
        label={t('reserved.count')}
        description={t('reserved.hint')}
        inputMode="numeric"
        value={draft.count}
        error={error}
        onChange={(e) => {
          setDraft({ count: e.currentTarget.value });
        }}
        maw={320}
      />
    </ConfigSection>
  );
}
