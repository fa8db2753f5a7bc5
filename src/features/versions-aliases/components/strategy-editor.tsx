import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { HeaderRule, VersionStrategy } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { versionsAliasesCatalogue } from '../i18n';

export const HEADER_PARAM = /^[A-Za-z0-9_-]{1,64}$/;

/** Header rules of `additional_version_strategy` (seed 7.7.1 VersionStrategy / VersionStrategyRules). */
export function StrategyEditor({
  value,
  onChange,
  showErrors,
}: {
  value: VersionStrategy;
  onChange: (value: VersionStrategy) => void;
  showErrors: boolean;
}) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const setRule = (index: number, patch: Partial<HeaderRule>) => {
    onChange({ ...value, rules: value.rules.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="strategy-combine">
        {t('aliases.combine')}
      </Text>
      <SegmentedControl
        aria-labelledby="strategy-combine"
        value={value.combine_type}
        data={[
          { value: 'and', label: t('aliases.combineAnd') },
          { value: 'or', label: t('aliases.combineOr') },
        ]}
        onChange={(v) => {
          onChange({ ...value, combine_type: v === 'or' ? 'or' : 'and' });
        }}
      />
      <Text size="xs" c="dimmed">
        {t('aliases.ruleHint')}
      </Text>
      {value.rules.map((rule, index) => (
        <Group key={index} align="flex-end" wrap="nowrap">
          <TextInput
            label={t('aliases.header')}
            value={rule.param}
            error={showErrors && !HEADER_PARAM.test(rule.param) ? t('aliases.errors.param') : undefined}
            onChange={(e) => {
              setRule(index, { param: e.currentTarget.value });
            }}
          />
          <NativeSelect
            label={t('aliases.op')}
            value={rule.op}
            data={['=', 'in']}
            onChange={(e) => {
              setRule(index, { op: e.currentTarget.value === 'in' ? 'in' : '=' });
            }}
          />
          <TextInput
            label={t('aliases.value')}
            value={rule.value}
            error={showErrors && rule.value.trim() === '' ? t('aliases.errors.value') : undefined}
            onChange={(e) => {
              setRule(index, { value: e.currentTarget.value });
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mb={4}
            aria-label={t('aliases.removeRule', { n: index + 1 })}
            onClick={() => {
              onChange({ ...value, rules: value.rules.filter((_, i) => i !== index) });
            }}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {showErrors && value.rules.length === 0 && (
        <Text size="sm" c="red">
          {t('aliases.errors.noRules')}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          disabled={value.rules.length >= 10}
          onClick={() => {
            onChange({
              ...value,
              rules: [...value.rules, { rule_type: 'Header', param: '', op: '=', value: '' }],
            });
          }}
        >
          {t('aliases.addRule')}
        </Button>
      </Group>
    </Stack>
  );
}

export function strategyValid(value: VersionStrategy): boolean {
  return (
    value.rules.length > 0 && value.rules.every((r) => HEADER_PARAM.test(r.param) && r.value.trim() !== '')
  );
}
