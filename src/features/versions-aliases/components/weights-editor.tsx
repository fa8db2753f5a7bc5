import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Slider.css';
import { Group, NumberInput, Slider, Stack, Text } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { versionsAliasesCatalogue } from '../i18n';
import { clampWeight } from '../utils/weights';

interface WeightsEditorProps {
  mainVersion: string;
  additionalVersion: string;
  /** Percentage of requests to the additional version (0–100). */
  weight: number;
  onChange: (weight: number) => void;
}

/** Weighted traffic: a slider and exact numbers for both versions; they always add up to 100. */
export function WeightsEditor({ mainVersion, additionalVersion, weight, onChange }: WeightsEditorProps) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const set = (value: number | string) => {
    onChange(clampWeight(typeof value === 'number' ? value : Number(value)));
  };
  return (
    <Stack gap="xs">
      <Slider
        thumbLabel={t('aliases.weightSlider')}
        value={weight}
        min={0}
        max={100}
        step={1}
        label={(v) => `${String(v)}%`}
        onChange={set}
      />
      <Group grow>
        <NumberInput
          label={t('aliases.weight', { version: mainVersion })}
          value={100 - weight}
          min={0}
          max={100}
          clampBehavior="strict"
          allowDecimal={false}
          onChange={(v) => {
            set(100 - clampWeight(Number(v)));
          }}
        />
        <NumberInput
          label={t('aliases.weight', { version: additionalVersion })}
          value={weight}
          min={0}
          max={100}
          clampBehavior="strict"
          allowDecimal={false}
          onChange={set}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('aliases.split', {
          main: mainVersion,
          mainWeight: 100 - weight,
          additional: additionalVersion,
          additionalWeight: weight,
        })}
      </Text>
    </Stack>
  );
}
