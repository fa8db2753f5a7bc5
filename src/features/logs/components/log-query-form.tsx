import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
/** The log query form: keyword, request id, level, version, time range. Submits filters; the page puts them in the URL. */
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { TimeRangeControl } from '@/components/charts/time-range-control';
import type { TimeRange } from '@/components/charts/time-range';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { logsCatalogue } from '../i18n';
import type { LogFilters } from '../utils/build-query';
import { EMPTY_FILTERS } from '../utils/build-query';
import type { LogLevel } from '../utils/log-lines';

const LEVELS: LogLevel[] = ['ERROR', 'WARN', 'INFO', 'DEBUG'];

export function LogQueryForm({
  initial,
  range,
  onSubmit,
  onRange,
  now,
}: {
  initial: LogFilters;
  range: TimeRange;
  onSubmit: (filters: LogFilters) => void;
  onRange: (range: TimeRange) => void;
  now: number;
}) {
  const t = useFeatureTranslation(logsCatalogue);
  const [draft, setDraft] = useState(initial);
  const field = (key: 'keywords' | 'requestId' | 'version') => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    },
  });
  return (
    <form
      aria-label={t('form.label')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(draft);
      }}
    >
      <Group align="end" gap="sm" wrap="wrap" mb="sm">
        <TextInput
          label={t('form.keywords')}
          description={t('form.keywordsHint')}
          size="xs"
          w={320}
          {...field('keywords')}
        />
        <TextInput label={t('form.requestId')} size="xs" w={300} {...field('requestId')} />
        <Select
          label={t('form.level')}
          size="xs"
          w={130}
          data={[
            { value: '', label: t('form.anyLevel') },
            ...LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) })),
          ]}
          value={draft.level}
          allowDeselect={false}
          onChange={(v) => {
            setDraft((d) => ({ ...d, level: LEVELS.find((l) => l === v) ?? '' }));
          }}
        />
        <TextInput label={t('form.version')} size="xs" w={110} {...field('version')} />
        <Button type="submit" size="xs">
          {t('form.search')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => {
            setDraft(EMPTY_FILTERS);
            onSubmit(EMPTY_FILTERS);
          }}
        >
          {t('form.reset')}
        </Button>
      </Group>
      <TimeRangeControl value={range} onChange={onRange} now={now} />
    </form>
  );
}
