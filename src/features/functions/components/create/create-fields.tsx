import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { MEMORY_SIZES, RUNTIMES } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { functionsCatalogue } from '../../i18n';
import type { CreateValues } from '../../utils/create-rules';

/** Name, app, runtime, handler, memory, timeout and description: one labelled field each, errors inline. */
export function CreateFields({
  values,
  errors,
  runtimeLocked,
  onChange,
  onBlur,
}: {
  values: CreateValues;
  errors: Partial<Record<keyof CreateValues, string>>;
  runtimeLocked: boolean;
  onChange: (changes: Partial<CreateValues>) => void;
  onBlur: (field: keyof CreateValues) => void;
}) {
  const t = useFeatureTranslation(functionsCatalogue);
  const text = (field: keyof CreateValues) => ({
    value: values[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      onChange({ [field]: e.currentTarget.value });
    },
    onBlur: () => {
      onBlur(field);
    },
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput label={t('create.name')} description={t('create.nameHint')} required {...text('name')} />
      <TextInput label={t('create.app')} required {...text('app')} />
      <Select
        label={t('create.runtime')}
        data={[...RUNTIMES]}
        value={values.runtime}
        onChange={(runtime) => {
          if (runtime) onChange({ runtime });
        }}
        disabled={runtimeLocked}
        allowDeselect={false}
        searchable
        required
      />
      <TextInput
        label={t('create.handler')}
        description={t('create.handlerHint')}
        required
        {...text('handler')}
      />
      <Select
        label={t('create.memory')}
        data={MEMORY_SIZES.map(String)}
        value={values.memory}
        error={errors.memory}
        onChange={(memory) => {
          if (memory) onChange({ memory });
        }}
        allowDeselect={false}
        required
      />
      <TextInput label={t('create.timeout')} inputMode="numeric" required {...text('timeout')} />
      <Textarea
        label={t('create.description')}
        rows={3}
        style={{ gridColumn: '1 / -1' }}
        {...text('description')}
      />
    </SimpleGrid>
  );
}
