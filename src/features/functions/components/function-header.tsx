import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Skeleton.css';
import { ActionIcon, Badge, Group, Menu, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { useFunctionConfig } from '@/lib/function-api/get-function-config';
import { useFunctionRef } from '@/lib/function-ref';
import { paths } from '@/lib/paths';
import { exportFunction } from '../api/export-function';
import { usePinnedFunctions } from '../api/pin-function';
import { formatModified } from '../utils/format';
import { isDisabled } from '../utils/status';
import { functionsCatalogue } from '../i18n';
import { DeleteFunctionsModal } from './delete-functions-modal';
import { QualifierSelect } from './qualifier-select';

/** The detail page header (UI.md "Detail page"): name, status, runtime, memory, version/alias, actions. */
export function FunctionHeader() {
  const t = useFeatureTranslation(functionsCatalogue);
  const ref = useFunctionRef();
  const scope = useConnectionScope();
  const connection = useActiveConnection();
  const navigate = useNavigate();
  const detail = useFunctionConfig(scope, ref.urn);
  const { pinned, toggle } = usePinnedFunctions();
  const [deleting, setDeleting] = useState(false);
  const fn = detail.data;
  const isPinned = pinned.has(ref.unqualifiedUrn);

  return (
    <Stack gap="xs" mb="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {ref.name}
            </Title>
            {fn ? (
              <Badge color={isDisabled(fn) ? 'gray' : 'teal'} variant="light" aria-label={t('header.status')}>
                {isDisabled(fn) ? t('header.disabled') : t('header.enabled')}
              </Badge>
            ) : null}
            {isPinned ? <Badge variant="outline">{t('list.pinned')}</Badge> : null}
          </Group>
          {detail.isPending ? (
            <Skeleton height={16} width={320} aria-label={t('header.loading')} />
          ) : fn ? (
            <Group gap="lg" component="dl" m={0}>
              <Meta label={t('header.runtime')} value={fn.runtime} />
              <Meta label={t('header.memory')} value={t('header.memoryValue', { value: fn.memory_size })} />
              <Meta label={t('header.modified')} value={formatModified(fn.last_modified)} />
            </Group>
          ) : null}
        </Stack>
        <Group gap="sm" align="flex-end">
          <QualifierSelect />
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('header.actions')}>
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() => {
                  toggle(ref.unqualifiedUrn, !isPinned);
                }}
              >
                {isPinned ? t('header.unpin') : t('header.pin')}
              </Menu.Item>
              <Menu.Item onClick={() => void exportFunction(scope, ref.urn, ref.name)}>
                {t('header.export')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                color="red"
                onClick={() => {
                  setDeleting(true);
                }}
              >
                {t('header.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {detail.isError ? (
        <QueryError
          title={t('header.loadError')}
          error={detail.error}
          onRetry={() => void detail.refetch()}
        />
      ) : null}
      <DeleteFunctionsModal
        targets={deleting ? [{ urn: ref.unqualifiedUrn, name: ref.name }] : []}
        onClose={() => {
          setDeleting(false);
        }}
        onDeleted={(results) => {
          if (results.every((r) => !r.error)) void navigate(paths.functions(connection.id));
        }}
      />
    </Stack>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <Group gap={6}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value}
      </Text>
    </Group>
  );
}
