import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '@/components/ui/confirm-modal';
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
    <ConfirmModal
      opened
      title={t('confirm.title', names)}
      body={t('confirm.body', { ...names, size: formatBytes(version.size) })}
      confirmLabel={t('confirm.button')}
      cancelLabel={t('confirm.cancel')}
      pending={remove.isPending}
      onClose={onClose}
      onConfirm={() => {
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
      {last ? <Text size="sm">{t('confirm.last', names)}</Text> : null}
      {remove.isError ? (
        <Alert color="red" title={t('confirm.failed')} role="alert">
          <Stack gap="xs">
            {isVersionInUse(remove.error) ? <Text size="sm">{t('confirm.inUse', names)}</Text> : null}
            <ErrorDetails error={remove.error} />
          </Stack>
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
