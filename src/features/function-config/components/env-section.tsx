import '@mantine/core/styles/Checkbox.css';
import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FunctionConfig } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import { envChanges, newRowId, rowsFromConfig, serialise, validateEnv } from '../utils/env';
import type { EnvRow } from '../utils/env';
import { updateBody } from '../utils/update-body';
import { ConfigSection } from './config-section';

/** Key/value editor for `user_data` and `encrypted_user_data` with the seed's limits (20 keys, 4 KB). */
export function EnvSection({ fn }: { fn: FunctionConfig }) {
  const t = useFeatureTranslation(configCatalogue);
  const [initial] = useState(() => rowsFromConfig(fn.user_data, fn.encrypted_user_data));
  const [rows, setRows] = useState<EnvRow[]>(initial);
  const save = useSectionSave(saves.config);
  const validation = validateEnv(rows);
  const changes = envChanges(initial, rows);
  const update = (id: number, patch: Partial<EnvRow>) => {
    setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  };
  const errorText = (id: number) => {
    const e = validation.rows.get(id);
    return e ? t(`env.errors.${e}`) : undefined;
  };
  return (
    <ConfigSection
      title={t('env.title')}
      changes={changes}
      invalid={validation.rows.size > 0 || validation.tooMany || validation.tooBig}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setRows(initial);
        save.reset();
      }}
      onSave={(done) => {
        const { user_data, encrypted_user_data } = serialise(rows);
        const hadSecrets = initial.some((r) => r.encrypted);
        save.mutate(
          updateBody(fn, {
            user_data,
            // Absent keeps the stored secrets; sent only when this editor touched them.
            encrypted_user_data:
              rows.some((r) => r.encrypted) || hadSecrets ? encrypted_user_data : undefined,
          }),
          { onSuccess: done },
        );
      }}
    >
      <Text size="sm" c="dimmed">
        {t('env.hint')}
      </Text>
      <Stack gap="xs">
        {rows.map((row, index) => (
          <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`${t('common.key')} ${String(index + 1)}`}
              placeholder={t('common.key')}
              value={row.key}
              error={errorText(row.id)}
              onChange={(e) => {
                update(row.id, { key: e.currentTarget.value });
              }}
              w={240}
            />
            <TextInput
              aria-label={`${t('common.value')} ${String(index + 1)}`}
              placeholder={row.stored ? t('env.masked') : t('common.value')}
              type={row.encrypted ? 'password' : 'text'}
              value={row.value}
              onChange={(e) => {
                update(row.id, { value: e.currentTarget.value });
              }}
              style={{ flex: 1 }}
            />
            <Checkbox
              label={t('env.encrypted')}
              checked={row.encrypted}
              disabled={row.stored}
              onChange={(e) => {
                update(row.id, { encrypted: e.currentTarget.checked });
              }}
              mt={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={4}
              aria-label={t('common.remove', { name: row.key || String(index + 1) })}
              onClick={() => {
                setRows((rs) => rs.filter((r) => r.id !== row.id));
              }}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group gap="sm">
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            setRows((rs) => [...rs, { id: newRowId(), key: '', value: '', encrypted: false, stored: false }]);
          }}
        >
          {t('common.add')}
        </Button>
        <Text size="xs" c={validation.tooMany || validation.tooBig ? 'red' : 'dimmed'} role="status">
          {validation.tooMany
            ? t('env.errors.count')
            : validation.tooBig
              ? t('env.errors.size', { bytes: validation.bytes })
              : t('env.usage', { count: rows.length, bytes: validation.bytes })}
        </Text>
      </Group>
    </ConfigSection>
  );
}
