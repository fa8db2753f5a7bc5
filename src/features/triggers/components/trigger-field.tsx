import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/PasswordInput.css';
import { NativeSelect, NumberInput, PasswordInput, Switch, Textarea, TextInput } from '@mantine/core';
import type { FieldSpec } from '../utils/trigger-fields';

interface TriggerFieldProps {
  spec: FieldSpec;
  label: string;
  value: string | boolean;
  onChange: (value: string | boolean) => void;
  error?: string | undefined;
  disabled?: boolean;
  description?: string | undefined;
}

/** One `event_data` field, rendered by its kind. */
export function TriggerField({
  spec,
  label,
  value,
  onChange,
  error,
  disabled,
  description,
}: TriggerFieldProps) {
  const common = { label, error, disabled, description, required: spec.required ?? false };
  const text = typeof value === 'string' ? value : '';
  switch (spec.kind) {
    case 'boolean':
      return (
        <Switch
          label={label}
          checked={value === true}
          disabled={disabled}
          onChange={(e) => {
            onChange(e.currentTarget.checked);
          }}
        />
      );
    case 'select':
      return (
        <NativeSelect
          {...common}
          value={text}
          data={[...(spec.required ? [] : ['']), ...(spec.options ?? []).map(String)]}
          onChange={(e) => {
            onChange(e.currentTarget.value);
          }}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={text}
          allowDecimal={false}
          onChange={(v) => {
            onChange(String(v));
          }}
        />
      );
    case 'password':
      return (
        <PasswordInput
          {...common}
          value={text}
          autoComplete="new-password"
          onChange={(e) => {
            onChange(e.currentTarget.value);
          }}
        />
      );
    case 'list':
    case 'textarea':
    case 'json':
      return (
        <Textarea
          {...common}
          value={text}
          rows={spec.kind === 'json' ? 6 : 3}
          ff={spec.kind === 'json' ? 'monospace' : undefined}
          onChange={(e) => {
            onChange(e.currentTarget.value);
          }}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          value={text}
          onChange={(e) => {
            onChange(e.currentTarget.value);
          }}
        />
      );
  }
}
