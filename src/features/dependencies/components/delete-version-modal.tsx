import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorDetails } from '@/components/ui/error-details';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { isVersionInUse, useDeleteDependencyVersion } from '../api/delete-dependency-version';
import type { Dependency } from '../api/types';
import { dependencyIdOf } from '../api/types';
import { dependenciesCatalogue } from '../i18n';
import { formatBytes } from '@/lib/format-bytes';

interface DeleteVersionModalProps {
  version: Dependency;
  /** The dependency has no other version: it goes with this one. */
  last: boolean;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * UI.md "Destructive actions": names the version (and the dependency when it is the last version) and
 * confirms with "Delete version". A version in use (412 FSS.1440) stays, and the dialog says why.
 */
export function DeleteVersionModal({ version, last, onClose, onDeleted }: DeleteVersionModalProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const remove = useDeleteDependencyVersion();
  const names = { name: version.name, version: version.version };
  return (
    <Modal opened onClose={onClose} title={t('confirm.title', names)}>
      <Stack>
        <Text size="sm">{t('confirm.body', { ...names, size: formatBytes(version.size) })}</Text>
        {last ? <Text size="sm">{t('confirm.last', names)}</Text> : null}
        {remove.isError ? (
          <Alert color="red" title={t('confirm.failed')} role="alert">
            <Stack gap="xs">
              {isVersionInUse(remove.error) ? <Text size="sm">{t('confirm.inUse', names)}</Text> : null}
              <ErrorDetails error={remove.error} />
            </Stack>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('confirm.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => {
              remove.mutate(
                { dependencyId: dependencyIdOf(version), version: version.version },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('toast.deleted', names) });
                    onDeleted();
                  },
                },
              );
            }}
          >
            {t('confirm.button')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
