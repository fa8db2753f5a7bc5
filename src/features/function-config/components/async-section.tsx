import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AsyncInvokeConfig, DestinationConfig } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, usePickerFunctions, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { intIn } from '../utils/rules';
import { ConfigSection, diffFields } from './config-section';
import { draftFields } from '../utils/draft-field';

/** The function URN of a FunctionGraph destination (`param` is a JSON string, seed 7.15 FuncDestinationConfig). */
function destinationUrn(d: DestinationConfig | undefined): string {
  if (d?.destination !== 'FunctionGraph') return '';
  try {
    const param = JSON.parse(d.param) as { func_urn?: unknown };
    return typeof param.func_urn === 'string' ? param.func_urn : '';
  } catch {
    return '';
  }
}

const destination = (urn: string): DestinationConfig | undefined =>
  urn ? { destination: 'FunctionGraph', param: JSON.stringify({ func_urn: urn }) } : undefined;

/** seed 7.15.3: retries [0, 3], max event age [1, 86400] s, on-success/on-failure function destinations. */
export function AsyncSection({ config }: { config: AsyncInvokeConfig | null }) {
  const t = useFeatureTranslation(configCatalogue);
  const functions = usePickerFunctions();
  const initial = {
    retries: String(config?.max_async_retry_attempts ?? 1),
    maxAge: String(config?.max_async_event_age_in_seconds ?? 3600),
    onSuccess: destinationUrn(config?.destination_config?.on_success),
    onFailure: destinationUrn(config?.destination_config?.on_failure),
  };
  const [draft, setDraft] = useState(initial);
  const save = useSectionSave(saves.async);
  const errors = {
    retries: intIn(draft.retries, 0, 3) ? undefined : t('async.errors.retries'),
    maxAge: intIn(draft.maxAge, 1, 86_400) ? undefined : t('async.errors.maxAge'),
  };
  const options = [
    { value: '', label: t('async.none') },
    ...(functions.data ?? []).map((f) => ({ value: f.func_urn, label: `${f.func_name} (${f.package})` })),
  ];
  // A destination not on the first page of functions stays selectable.
  for (const urn of [draft.onSuccess, draft.onFailure])
    if (urn && !options.some((o) => o.value === urn)) options.push({ value: urn, label: urn });
  const nameOf = (urn: string) => options.find((o) => o.value === urn)?.label ?? urn;
  const changes = diffFields(initial, draft, {
    retries: t('async.retries'),
    maxAge: t('async.maxAge'),
    onSuccess: t('async.onSuccess'),
    onFailure: t('async.onFailure'),
  }).map((c) =>
    c.field === t('async.onSuccess') || c.field === t('async.onFailure')
      ? { ...c, from: c.from && nameOf(c.from), to: c.to && nameOf(c.to) }
      : c,
  );
  const field = draftFields(draft, setDraft, errors);
  return (
    <ConfigSection
      title={t('async.title')}
      changes={changes}
      invalid={Boolean(errors.retries ?? errors.maxAge)}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setDraft(initial);
        save.reset();
      }}
      onSave={(done) => {
        const onSuccess = destination(draft.onSuccess);
        const onFailure = destination(draft.onFailure);
        save.mutate(
          {
            max_async_retry_attempts: Number(draft.retries),
            max_async_event_age_in_seconds: Number(draft.maxAge),
            destination_config: {
              ...(onSuccess ? { on_success: onSuccess } : {}),
              ...(onFailure ? { on_failure: onFailure } : {}),
            },
          },
          { onSuccess: done },
        );
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('async.retries')}
          description={t('async.retriesHint')}
          inputMode="numeric"
          {...field('retries')}
        />
        <TextInput
          label={t('async.maxAge')}
          description={t('async.maxAgeHint')}
          inputMode="numeric"
          {...field('maxAge')}
        />
        <Select
          label={t('async.onSuccess')}
          data={options}
          value={draft.onSuccess}
          onChange={(v) => {
            setDraft((d) => ({ ...d, onSuccess: v ?? '' }));
          }}
          allowDeselect={false}
          searchable
        />
        <Select
          label={t('async.onFailure')}
          data={options}
          value={draft.onFailure}
          onChange={(v) => {
            setDraft((d) => ({ ...d, onFailure: v ?? '' }));
          }}
          allowDeselect={false}
          searchable
        />
      </SimpleGrid>
    </ConfigSection>
  );
}
