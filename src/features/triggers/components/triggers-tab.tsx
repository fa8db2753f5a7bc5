import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/api/errors';
import { GATEWAY_TYPES } from '@/api/contract/trigger-types';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import type { FunctionRef } from '@/lib/function-ref';
import {
  triggersQueryOptions,
  useCreateTrigger,
  useDeleteAllTriggers,
  useDeleteTrigger,
  useFireTrigger,
  useUpdateTrigger,
} from '../api/triggers';
import type { FireResult, Trigger } from '../api/types';
import { triggersCatalogue } from '../i18n';
import { triggerName } from '../utils/trigger-summary';
import { ApigUrl } from './apig-url';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FireResultView } from './fire-result';
import { TriggerForm } from './trigger-form';
import type { TriggerFormSubmit } from './trigger-form';
import { TriggersTable } from './triggers-table';
import type { TriggerAction } from './triggers-table';

type Dialog =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; trigger: Trigger }
  | { kind: 'delete'; trigger: Trigger }
  | { kind: 'deleteAll' }
  | { kind: 'fired'; trigger: Trigger; result: FireResult }
  | { kind: 'created'; url: string };

const errorText = (error: unknown) =>
  error instanceof ApiError
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : undefined;

/** The Triggers tab: the triggers of the selected version/alias, and everything one does with them. */
export function TriggersTab({ fn }: { fn: FunctionRef }) {
  const t = useFeatureTranslation(triggersCatalogue);
  const scope = useConnectionScope();
  const connection = useActiveConnection();
  const query = useQuery(triggersQueryOptions(scope, fn));
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const close = () => {
    setDialog({ kind: 'none' });
  };
  const create = useCreateTrigger(fn);
  const update = useUpdateTrigger(fn);
  const remove = useDeleteTrigger(fn);
  const removeAll = useDeleteAllTriggers(fn);
  const fire = useFireTrigger(fn);

  const submitCreate = (value: TriggerFormSubmit) => {
    create.mutate(
      {
        trigger_type_code: value.type,
        trigger_status: value.enabled ? 'ACTIVE' : 'DISABLED',
        event_data: value.eventData,
      },
      {
        onSuccess: (trigger) => {
          notifications.show({ message: t('toast.created'), color: 'green' });
          const url = trigger.event_data.invoke_url;
          if (GATEWAY_TYPES.has(trigger.trigger_type_code) && typeof url === 'string') {
            setDialog({ kind: 'created', url });
          } else close();
        },
      },
    );
  };

  const onAction = (action: TriggerAction, trigger: Trigger) => {
    if (action === 'edit') setDialog({ kind: 'edit', trigger });
    else if (action === 'delete') setDialog({ kind: 'delete', trigger });
    else if (action === 'fire')
      fire.mutate(trigger, {
        onSuccess: (result) => {
          setDialog({ kind: 'fired', trigger, result });
        },
      });
    else {
      const status = action === 'enable' ? 'ACTIVE' : 'DISABLED';
      update.mutate(
        { trigger, body: { trigger_status: status } },
        {
          onSuccess: () =>
            notifications.show({
              message: t(action === 'enable' ? 'toast.enabled' : 'toast.disabled'),
              color: 'green',
            }),
        },
      );
    }
  };

  const triggers = query.data ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="default" onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('refresh')}
          </Button>
          <Button
            variant="default"
            color="red"
            disabled={triggers.length === 0}
            onClick={() => {
              setDialog({ kind: 'deleteAll' });
            }}
          >
            {t('deleteAll')}
          </Button>
        </Group>
        <Button
          onClick={() => {
            create.reset();
            setDialog({ kind: 'create' });
          }}
        >
          {t('create')}
        </Button>
      </Group>
      {query.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={28} />
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : query.isError ? (
        <QueryError title={t('title')} error={query.error} onRetry={() => void query.refetch()} />
      ) : triggers.length === 0 ? (
        <Alert variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('empty')}</Text>
            <Button
              size="xs"
              onClick={() => {
                setDialog({ kind: 'create' });
              }}
            >
              {t('create')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <TriggersTable triggers={triggers} canFire={connection.kind === 'local'} onAction={onAction} />
      )}

      <Modal
        opened={dialog.kind === 'create' || dialog.kind === 'edit'}
        onClose={close}
        size="lg"
        title={dialog.kind === 'edit' ? t('edit') : t('create')}
      >
        {dialog.kind === 'create' && (
          <TriggerForm
            functionName={fn.name}
            pending={create.isPending}
            serverError={create.isError ? errorText(create.error) : undefined}
            onSubmit={submitCreate}
            onCancel={close}
          />
        )}
        {dialog.kind === 'edit' && (
          <TriggerForm
            functionName={fn.name}
            initial={{ type: dialog.trigger.trigger_type_code, eventData: dialog.trigger.event_data }}
            pending={update.isPending}
            serverError={update.isError ? errorText(update.error) : undefined}
            onSubmit={(value) => {
              update.mutate(
                { trigger: dialog.trigger, body: { event_data: value.eventData } },
                {
                  onSuccess: () => {
                    notifications.show({ message: t('toast.updated'), color: 'green' });
                    close();
                  },
                },
              );
            }}
            onCancel={close}
          />
        )}
      </Modal>

      <Modal opened={dialog.kind === 'created'} onClose={close} title={t('toast.created')}>
        {dialog.kind === 'created' && (
          <Stack>
            <Text size="sm">{t('apig.created')}</Text>
            <ApigUrl url={dialog.url} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('fire.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal
        opened={dialog.kind === 'fired'}
        onClose={close}
        size="lg"
        title={
          dialog.kind === 'fired'
            ? t('fire.title', { type: t(`types.${dialog.trigger.trigger_type_code}`) })
            : ''
        }
      >
        {dialog.kind === 'fired' && <FireResultView result={dialog.result} />}
      </Modal>

      <ConfirmModal
        opened={dialog.kind === 'delete'}
        title={t('confirm.deleteTitle')}
        body={
          dialog.kind === 'delete'
            ? t('confirm.deleteBody', {
                type: t(`types.${dialog.trigger.trigger_type_code}`),
                name: triggerName(dialog.trigger),
              })
            : ''
        }
        confirmLabel={t('confirm.deleteButton')}
        cancelLabel={t('confirm.cancel')}
        pending={remove.isPending}
        onClose={close}
        onConfirm={() => {
          if (dialog.kind === 'delete')
            remove.mutate(dialog.trigger, {
              onSuccess: () => {
                notifications.show({ message: t('toast.deleted'), color: 'green' });
                close();
              },
            });
        }}
      />
      <ConfirmModal
        opened={dialog.kind === 'deleteAll'}
        title={t('confirm.deleteAllTitle')}
        body={t('confirm.deleteAllBody', { count: triggers.length, qualifier: fn.qualifier.raw })}
        confirmLabel={t('confirm.deleteAllButton')}
        cancelLabel={t('confirm.cancel')}
        pending={removeAll.isPending}
        onClose={close}
        onConfirm={() => {
          removeAll.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ message: t('toast.deletedAll'), color: 'green' });
              close();
            },
          });
        }}
      />
    </Stack>
  );
}
