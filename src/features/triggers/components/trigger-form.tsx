import '@mantine/core/styles/Switch.css';
import { Alert, Button, Group, NativeSelect, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { EventData } from '@/api/contract/trigger-event-data';
import { canDisable, TRIGGER_TYPE_CODES } from '@/api/contract/trigger-types';
import type { TriggerTypeCode } from '@/api/contract/trigger-types';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { triggersCatalogue } from '../i18n';
import { defaultEventData } from '../utils/trigger-defaults';
import { toFormValues, TRIGGER_FIELDS } from '../utils/trigger-fields';
import type { FormValues } from '../utils/trigger-fields';
import { validateTrigger } from '../utils/validate-trigger';
import type { FieldProblem } from '../utils/validate-trigger';
import { TimerFields } from './timer-fields';
import { TriggerField } from './trigger-field';

export interface TriggerFormSubmit {
  type: TriggerTypeCode;
  eventData: EventData;
  enabled: boolean;
}

interface TriggerFormProps {
  functionName: string;
  /** Editing: the trigger's type and data (the type cannot change). */
  initial?: { type: TriggerTypeCode; eventData: EventData };
  pending?: boolean;
  /** The server's message when saving failed; the form keeps every value (UI.md "Create flow"). */
  serverError?: string | undefined;
  onSubmit: (value: TriggerFormSubmit) => void;
  onCancel: () => void;
  now?: Date;
}

const labelKey = (key: string) => `fields.${key === '' ? 'json' : key.replace('.', '_')}` as 'fields.name';

/** A typed form per trigger type; validation uses the same rules as the API (shared contract). */
export function TriggerForm({
  functionName,
  initial,
  pending,
  serverError,
  onSubmit,
  onCancel,
  now,
}: TriggerFormProps) {
  const t = useFeatureTranslation(triggersCatalogue);
  const [type, setType] = useState<TriggerTypeCode>(initial?.type ?? 'TIMER');
  const [values, setValues] = useState<FormValues>(() =>
    toFormValues(initial?.type ?? 'TIMER', initial?.eventData ?? defaultEventData('TIMER', functionName)),
  );
  const [enabled, setEnabled] = useState(true);
  const [errors, setErrors] = useState<Record<string, FieldProblem>>({});
  const [touched, setTouched] = useState(false);

  const message = (problem: FieldProblem | undefined) => {
    if (!problem) return undefined;
    if (problem.kind === 'required') return t('form.required');
    if (problem.kind === 'json') return t('form.invalidJson');
    return problem.message;
  };
  const errorOf = (key: string) => message(errors[key]);

  const change = (key: string, value: string | boolean) => {
    setValues((prev) => {
      const next = { ...prev, [key]: value };
      // Once the user tried to submit, errors follow the input (validation on change).
      if (touched) setErrors(validateTrigger(type, next).errors);
      return next;
    });
  };

  const switchType = (next: TriggerTypeCode) => {
    setType(next);
    setValues(toFormValues(next, defaultEventData(next, functionName)));
    setErrors({});
    setTouched(false);
  };

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    setTouched(true);
    const result = validateTrigger(type, values);
    setErrors(result.errors);
    if (Object.keys(result.errors).length === 0) onSubmit({ type, eventData: result.eventData, enabled });
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label={t('form.type')}
          value={type}
          disabled={initial !== undefined}
          data={TRIGGER_TYPE_CODES.map((code) => ({ value: code, label: t(`types.${code}`) }))}
          onChange={(e) => {
            switchType(e.currentTarget.value as TriggerTypeCode);
          }}
        />
        {type === 'TIMER' ? (
          <TimerFields values={values} onChange={change} errorOf={errorOf} now={now} />
        ) : (
          TRIGGER_FIELDS[type].map((spec) => (
            <TriggerField
              key={spec.key}
              spec={spec}
              label={t(labelKey(spec.key))}
              value={values[spec.key] ?? ''}
              error={errorOf(spec.key)}
              disabled={initial !== undefined && spec.immutable === true}
              description={spec.kind === 'list' ? t('form.listHint') : undefined}
              onChange={(v) => {
                change(spec.key, v);
              }}
            />
          ))
        )}
        {initial === undefined && canDisable(type) && (
          <Switch
            label={t('form.status')}
            checked={enabled}
            onChange={(e) => {
              setEnabled(e.currentTarget.checked);
            }}
          />
        )}
        {hasErrors && (
          <Alert color="red" role="alert">
            {t('form.fixErrors')}
          </Alert>
        )}
        {serverError && (
          <Alert color="red" role="alert">
            {serverError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={pending ?? false}>
            {initial ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
