import '@mantine/core/styles/CloseButton.css';
/** Stop an async request (seed 7.15.7), with the force option and what it does to neighbours explained. */
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import { ErrorDetails } from '@/components/ui/error-details';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useCancelAsync } from '../api/async-api';
import { asyncCatalogue } from '../i18n';

export function CancelDialog({
  scope,
  urn,
  requestId,
  onClose,
}: {
  scope: ConnectionScope;
  urn: string;
  requestId: string;
  onClose: () => void;
}) {
  const t = useFeatureTranslation(asyncCatalogue);
  const [force, setForce] = useState(true);
  const cancel = useCancelAsync(scope, urn);
  return (
    <Modal opened onClose={onClose} title={t('cancel.title', { id: requestId })} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('cancel.body')}</Text>
        <Checkbox
          label={t('cancel.force')}
          description={t('cancel.forceHelp')}
          checked={force}
          onChange={(e) => {
            setForce(e.currentTarget.checked);
          }}
        />
        {cancel.isError && <ErrorDetails error={cancel.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel.close')}
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() => {
              cancel.mutate(
                { requestId, force },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('cancel.done', { id: requestId }) });
                    onClose();
                  },
                },
              );
            }}
          >
            {t('cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
