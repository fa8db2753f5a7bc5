import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { TestEventItem } from '../api/test-events';
import { useDeleteTestEvent } from '../api/test-events';
import { testEventsCatalogue } from '../i18n';
import { MAX_EVENTS } from '../utils/event-content';

/** The saved test events: choose one, create (max 10, seed 7.4), edit or delete the chosen one. */
export function EventPicker({
  scope,
  urn,
  events,
  selected,
  onSelect,
  onCreate,
  onEdit,
}: {
  scope: ConnectionScope;
  urn: string;
  events: TestEventItem[];
  selected: TestEventItem | undefined;
  onSelect: (id: string | undefined) => void;
  onCreate: () => void;
  onEdit: (event: TestEventItem) => void;
}) {
  const t = useFeatureTranslation(testEventsCatalogue);
  const remove = useDeleteTestEvent(scope, urn);
  const [confirming, setConfirming] = useState<TestEventItem | null>(null);
  const full = events.length >= MAX_EVENTS;
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t('savedEvents')}
          value={selected?.id ?? ''}
          onChange={(e) => {
            onSelect(e.currentTarget.value || undefined);
          }}
          data={[
            { value: '', label: events.length ? t('chooseEvent') : t('noEvents') },
            ...events.map((e) => ({ value: e.id, label: e.name })),
          ]}
          style={{ flex: 1, minWidth: 180 }}
        />
        <Button
          variant="default"
          onClick={onCreate}
          disabled={full}
          title={full ? t('maxReached', { max: MAX_EVENTS }) : undefined}
        >
          {t('create')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            if (selected) onEdit(selected);
          }}
          disabled={!selected}
        >
          {t('edit')}
        </Button>
        <Button
          variant="default"
          color="red"
          onClick={() => {
            if (selected) setConfirming(selected);
          }}
          disabled={!selected}
        >
          {t('delete')}
        </Button>
      </Group>
      {full ? (
        <Text size="xs" c="dimmed">
          {t('maxReached', { max: MAX_EVENTS })}
        </Text>
      ) : null}
      {confirming ? (
        <Modal
          opened
          onClose={() => {
            setConfirming(null);
          }}
          title={t('deleteTitle', { name: confirming.name })}
        >
          <Stack>
            <Text size="sm">{t('deleteBody', { name: confirming.name })}</Text>
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setConfirming(null);
                }}
              >
                {t('cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => {
                  remove.mutate(confirming.id, {
                    onSuccess: () => {
                      notifications.show({
                        color: 'green',
                        message: t('deleted', { name: confirming.name }),
                      });
                      setConfirming(null);
                      onSelect(undefined);
                    },
                  });
                }}
              >
                {t('delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Stack>
  );
}
