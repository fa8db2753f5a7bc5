import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { FunctionAlias, VersionStrategy } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { AliasRequest } from '../api/types';
import { versionsAliasesCatalogue } from '../i18n';
import { splitOf, weightsBody } from '../utils/weights';
import { StrategyEditor, strategyValid } from './strategy-editor';
import { WeightsEditor } from './weights-editor';

/** seed 7.7.1: alias names start with a letter; letters, digits, `_`, `-`; `latest` is reserved. */
const ALIAS_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

type Shift = 'none' | 'percentage' | 'rule';

interface AliasFormProps {
  versions: string[];
  /** The function's aliases: a version that is another alias's version cannot be picked (FSS.1066). */
  aliases?: readonly FunctionAlias[];
  existing?: FunctionAlias;
  pending: boolean;
  serverError?: string | undefined;
  onSubmit: (body: AliasRequest) => void;
  onCancel: () => void;
}

function initialShift(alias: FunctionAlias | undefined): Shift {
  if (alias && Object.keys(alias.additional_version_strategy ?? {}).length > 0) return 'rule';
  if (alias && Object.keys(alias.additional_version_weights ?? {}).length > 0) return 'percentage';
  return 'none';
}

/** Create or edit an alias: target version, description, and traffic shifting by weight or by header rules. */
export function AliasForm({
  versions,
  aliases = [],
  existing,
  pending,
  serverError,
  onSubmit,
  onCancel,
}: AliasFormProps) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const published = versions.filter((v) => v !== 'latest');
  // Seed FSS.1066 / Huawei's user guide: "Only one alias can be created for each version."
  const takenBy = new Map(
    aliases.filter((a) => a.name !== existing?.name).map((a) => [a.version, a.name] as const),
  );
  const free = (v: string) => !takenBy.has(v);
  const split = existing ? splitOf(existing) : undefined;
  const existingStrategy = Object.entries(existing?.additional_version_strategy ?? {})[0];
  const [name, setName] = useState(existing?.name ?? '');
  const [version, setVersion] = useState(
    existing?.version ?? published.find(free) ?? (free('latest') ? 'latest' : (published[0] ?? 'latest')),
  );
  const [description, setDescription] = useState(existing?.description ?? '');
  const [shift, setShift] = useState<Shift>(initialShift(existing));
  const [additional, setAdditional] = useState(
    split?.additional?.version ?? existingStrategy?.[0] ?? published.find((v) => v !== version) ?? '',
  );
  const [weight, setWeight] = useState(split?.additional?.weight ?? 10);
  const [strategy, setStrategy] = useState<VersionStrategy>(
    existingStrategy?.[1] ?? {
      combine_type: 'and',
      rules: [{ rule_type: 'Header', param: 'x-canary', op: '=', value: 'true' }],
    },
  );
  const [submitted, setSubmitted] = useState(false);

  const nameError = existing
    ? undefined
    : name === 'latest'
      ? t('aliases.errors.latestName')
      : ALIAS_NAME.test(name)
        ? undefined
        : t('aliases.errors.name');
  // Seed 7.7.1 FSS.1093: the additional version differs from the main one; latest cannot be one (GLOSSARY §4).
  const additionalError =
    shift !== 'none' && (additional === '' || additional === version || additional === 'latest')
      ? t('aliases.errors.additional')
      : undefined;
  const holder = takenBy.get(version);
  const versionError = holder ? t('aliases.errors.versionTaken', { version, alias: holder }) : undefined;
  const valid =
    !nameError && !versionError && !additionalError && (shift !== 'rule' || strategyValid(strategy));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (!valid) return;
        const body: AliasRequest = { version, description };
        if (!existing) body.name = name;
        if (shift === 'percentage') body.additional_version_weights = weightsBody(additional, weight) ?? {};
        else body.additional_version_weights = {};
        body.additional_version_strategy = shift === 'rule' ? { [additional]: strategy } : {};
        onSubmit(body);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('aliases.name')}
          required
          disabled={existing !== undefined}
          value={name}
          error={submitted ? nameError : undefined}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
        />
        <NativeSelect
          label={t('aliases.version')}
          value={version}
          data={versions.map((v) => {
            const alias = takenBy.get(v);
            return alias
              ? { value: v, label: t('aliases.versionTaken', { version: v, alias }), disabled: true }
              : { value: v, label: v };
          })}
          error={versionError}
          onChange={(e) => {
            setVersion(e.currentTarget.value);
          }}
        />
        <Textarea
          label={t('aliases.description')}
          rows={2}
          value={description}
          onChange={(e) => {
            setDescription(e.currentTarget.value);
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="alias-shift">
            {t('aliases.shifting')}
          </Text>
          <SegmentedControl
            aria-labelledby="alias-shift"
            value={shift}
            data={[
              { value: 'none', label: t('aliases.shiftNone') },
              { value: 'percentage', label: t('aliases.shiftPercentage') },
              { value: 'rule', label: t('aliases.shiftRule') },
            ]}
            onChange={(v) => {
              setShift(v === 'percentage' || v === 'rule' ? v : 'none');
            }}
          />
        </Stack>
        {shift !== 'none' && (
          <NativeSelect
            label={t('aliases.additional')}
            value={additional}
            data={['', ...published.filter((v) => v !== version)]}
            error={submitted ? additionalError : undefined}
            onChange={(e) => {
              setAdditional(e.currentTarget.value);
            }}
          />
        )}
        {shift === 'percentage' && additional !== '' && (
          <WeightsEditor
            mainVersion={version}
            additionalVersion={additional}
            weight={weight}
            onChange={setWeight}
          />
        )}
        {shift === 'rule' && (
          <StrategyEditor value={strategy} onChange={setStrategy} showErrors={submitted} />
        )}
        {serverError && (
          <Alert color="red" role="alert">
            {serverError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('aliases.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {existing ? t('aliases.save') : t('aliases.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
