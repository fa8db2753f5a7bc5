import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '@/api/errors';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { FunctionRef } from '@/lib/function-ref';
import { usePublishVersion } from '../api/versions';
import { versionsAliasesCatalogue } from '../i18n';

/** seed 7.7.7: publish latest as a version, with an optional name and a description. */
export function PublishVersion({
  fn,
  opened,
  onClose,
}: {
  fn: FunctionRef;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useFeatureTranslation(versionsAliasesCatalogue);
  const publish = usePublishVersion(fn);
  const [version, setVersion] = useState('');
  const [description, setDescription] = useState('');
  const close = () => {
    publish.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('versions.publishTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          publish.mutate(
            {
              ...(version.trim() ? { version: version.trim() } : {}),
              ...(description ? { description } : {}),
            },
            {
              onSuccess: (published) => {
                notifications.show({
                  color: 'green',
                  message: t('versions.published', { version: published.version }),
                });
                setVersion('');
                setDescription('');
                close();
              },
            },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t('versions.versionName')}
            description={t('versions.versionHint')}
            value={version}
            onChange={(e) => {
              setVersion(e.currentTarget.value);
            }}
          />
          <Textarea
            label={t('versions.description')}
            value={description}
            rows={3}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
            }}
          />
          {publish.error && (
            <Alert color="red" role="alert">
              {publish.error instanceof ApiError
                ? `${publish.error.code}: ${publish.error.message}`
                : publish.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('versions.cancel')}
            </Button>
            <Button type="submit" loading={publish.isPending}>
              {t('versions.publishButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
