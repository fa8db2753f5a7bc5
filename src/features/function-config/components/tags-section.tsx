import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ResourceTag } from '@/api/contract/functions';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { saves, useSectionSave } from '../api/config-api';
import { configCatalogue } from '../i18n';
import type { FieldChange } from './config-section';
import { ConfigSection } from './config-section';

interface TagRow {
  id: number;
  key: string;
  value: string;
}
let nextId = 1;

/** seed 7.6.15/7.6.16: tags saved by deleting removed keys, then creating (upserting) the rest. */
export function TagsSection({ tags }: { tags: ResourceTag[] }) {
  const t = useFeatureTranslation(configCatalogue);
  const [initial] = useState<TagRow[]>(() => tags.map((tag) => ({ id: nextId++, ...tag })));
  const [rows, setRows] = useState(initial);
  const save = useSectionSave(saves.tags);
  const keys = rows.map((r) => r.key.trim());
  const rowError = (row: TagRow, index: number) => {
    const key = row.key.trim();
    if (key === '' || key.length > 128) return t('tags.errors.key');
    if (keys.indexOf(key) !== index) return t('tags.errors.duplicate');
    return undefined;
  };
  const before = new Map(initial.map((r) => [r.key, r.value]));
  const after = new Map(rows.map((r) => [r.key.trim(), r.value]));
  const changes: FieldChange[] = [
    ...[...after]
      .filter(([k, v]) => before.get(k) !== v)
      .map(([k, v]) => ({ field: k, from: before.get(k) ?? '', to: v })),
    ...[...before].filter(([k]) => !after.has(k)).map(([k, v]) => ({ field: k, from: v, to: '' })),
  ];
  const invalid = rows.some((r, i) => rowError(r, i) !== undefined) || rows.length > 20;
  return (
    <ConfigSection
      title={t('tags.title')}
      changes={changes}
      invalid={invalid}
      saving={save.isPending}
      error={save.error}
      onReset={() => {
        setRows(initial);
        save.reset();
      }}
      onSave={(done) => {
        save.mutate(
          {
            removed: [...before.keys()].filter((k) => !after.has(k)),
            tags: [...after].map(([key, value]) => ({ key, value })),
          },
          { onSuccess: done },
        );
      }}
    >
      <Text size="sm" c={rows.length > 20 ? 'red' : 'dimmed'}>
        {rows.length > 20 ? t('tags.errors.count') : t('tags.hint')}
      </Text>
      <Stack gap="xs">
        {rows.map((row, index) => (
          <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`${t('tags.title')} ${t('common.key')} ${String(index + 1)}`}
              placeholder={t('common.key')}
              value={row.key}
              error={rowError(row, index)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setRows((rs) => rs.map((r) => (r.id === row.id ? { ...r, key: v } : r)));
              }}
              w={240}
            />
            <TextInput
              aria-label={`${t('tags.title')} ${t('common.value')} ${String(index + 1)}`}
              placeholder={t('common.value')}
              value={row.value}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setRows((rs) => rs.map((r) => (r.id === row.id ? { ...r, value: v } : r)));
              }}
              style={{ flex: 1 }}
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
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        onClick={() => {
          setRows((rs) => [...rs, { id: nextId++, key: '', value: '' }]);
        }}
      >
        {t('common.add')}
      </Button>
    </ConfigSection>
  );
}
