import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { ActionIcon, Alert, Button, Group, Menu, Modal, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FunctionAlias } from '@/api/contract/functions';
import { ApiError } from '@/api/errors';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import { useFunctionAliases } from '@/lib/function-api/list-function-aliases';
import { useFunctionVersions } from '@/lib/function-api/list-function-versions';
import type { FunctionRef } from '@/lib/function-ref';
import { useDeleteAlias, useSaveAlias } from '../api/aliases';
import { versionsAliasesCatalogue } from '../i18n';
import { splitOf } from '../utils/weights';
import { AliasForm } from './alias-form';
import { CanaryHealth } from './canary-health';

type Dialog =
  { kind: 'none' } | { kind: 'form'; alias?: FunctionAlias } | { kind: 'delete'; alias: FunctionAlias };

/** The additional version of an alias (by weight or by rule), if it splits traffic. */
function canaryOf(alias: FunctionAlias) {
  const split = splitOf(alias);
  if (split.additional) return { main: split.main, additional: split.additional };
  const ruled = Object.keys(alias.additional_version_strategy ?? {})[0];
  return ruled
    ? { main: { version: alias.version, weight: 100 }, additional: { version: ruled, weight: undefined } }
    : undefined;
}

/** The Aliases tab: list, create, edit, delete; canary health and promote/roll back for split aliases. */
export function AliasesTab({ fn }: { fn: FunctionRef }) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const scope = useConnectionScope();
  const aliases = useFunctionAliases(scope, fn.unqualifiedUrn);
  const versions = useFunctionVersions(scope, fn.unqualifiedUrn);
  const save = useSaveAlias(fn);
  const move = useSaveAlias(fn);
  const remove = useDeleteAlias(fn);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const close = () => {
    save.reset();
    setDialog({ kind: 'none' });
  };
  const versionNames = (versions.data ?? []).map((v) => v.version);

  const moveAll = (alias: FunctionAlias, version: string) => {
    move.mutate(
      {
        existing: alias.name,
        body: {
          version,
          description: alias.description ?? '',
          additional_version_weights: {},
          additional_version_strategy: {},
        },
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('health.promoted', { name: alias.name, version }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    );
  };

  const list = aliases.data ?? [];
  return (
    <Stack>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            setDialog({ kind: 'form' });
          }}
          disabled={!versions.data}
        >
          {t('aliases.create')}
        </Button>
      </Group>
      {aliases.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : aliases.isError ? (
        <QueryError title={t('aliases.title')} error={aliases.error} onRetry={() => void aliases.refetch()} />
      ) : list.length === 0 ? (
        <Alert variant="light">
          <Text size="sm">{t('aliases.empty')}</Text>
        </Alert>
      ) : (
        <Table striped aria-label={t('aliases.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('aliases.name')}</Table.Th>
              <Table.Th>{t('aliases.version')}</Table.Th>
              <Table.Th>{t('aliases.traffic')}</Table.Th>
              <Table.Th>{t('aliases.description')}</Table.Th>
              <Table.Th>{t('aliases.modified')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((alias) => {
              const canary = canaryOf(alias);
              return (
                <Table.Tr key={alias.name}>
                  <Table.Td fw={500}>{alias.name}</Table.Td>
                  <Table.Td ff="monospace">{alias.version}</Table.Td>
                  <Table.Td>
                    {canary
                      ? canary.additional.weight === undefined
                        ? `${canary.main.version} · ${t('aliases.shiftRule')} → ${canary.additional.version}`
                        : t('aliases.split', {
                            main: canary.main.version,
                            mainWeight: canary.main.weight,
                            additional: canary.additional.version,
                            additionalWeight: canary.additional.weight,
                          })
                      : `${alias.version}: 100%`}
                  </Table.Td>
                  <Table.Td>{alias.description}</Table.Td>
                  <Table.Td>{alias.last_modified}</Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('aliases.actions', { name: alias.name })}>
                          ⋯
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          onClick={() => {
                            setDialog({ kind: 'form', alias });
                          }}
                        >
                          {t('aliases.editAction')}
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          onClick={() => {
                            setDialog({ kind: 'delete', alias });
                          }}
                        >
                          {t('aliases.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {list.map((alias) => {
        const canary = canaryOf(alias);
        return canary ? (
          <CanaryHealth
            key={alias.name}
            fn={fn}
            alias={alias}
            main={canary.main}
            additional={canary.additional}
            pending={move.isPending}
            onPromote={() => {
              moveAll(alias, canary.additional.version);
            }}
            onRollback={() => {
              moveAll(alias, canary.main.version);
            }}
          />
        ) : null;
      })}
      <Modal
        opened={dialog.kind === 'form'}
        onClose={close}
        size="lg"
        title={
          dialog.kind === 'form' && dialog.alias
            ? t('aliases.edit', { name: dialog.alias.name })
            : t('aliases.create')
        }
      >
        {dialog.kind === 'form' && (
          <AliasForm
            versions={versionNames}
            aliases={list}
            existing={dialog.alias}
            pending={save.isPending}
            serverError={
              save.error
                ? save.error instanceof ApiError
                  ? `${save.error.code}: ${save.error.message}`
                  : save.error.message
                : undefined
            }
            onSubmit={(body) => {
              save.mutate(
                { existing: dialog.alias?.name, body },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('aliases.saved') });
                    close();
                  },
                },
              );
            }}
            onCancel={close}
          />
        )}
      </Modal>
      <Modal opened={dialog.kind === 'delete'} onClose={close} title={t('aliases.deleteTitle')}>
        <Stack>
          <Text size="sm">
            {t('aliases.deleteBody', { name: dialog.kind === 'delete' ? dialog.alias.name : '' })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('aliases.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (dialog.kind === 'delete')
                  remove.mutate(dialog.alias.name, {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t('aliases.deleted') });
                      close();
                    },
                  });
              }}
            >
              {t('aliases.deleteButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
