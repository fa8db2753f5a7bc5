import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorDetails } from '@/components/ui/error-details';
import { PageLoader } from '@/components/ui/page-loader';
import { QueryError } from '@/components/ui/query-error';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useDependencies } from '../api/list-dependencies';
import { useDependencyVersions } from '../api/list-dependency-versions';
import { dependencyIdOf } from '../api/types';
import { dependenciesCatalogue } from '../i18n';
import { formatBytes } from '@/lib/format-bytes';

interface AddDependencyModalProps {
  /** The function's runtime: only dependencies of that runtime are offered. */
  runtime: string;
  attached: readonly string[];
  saving: boolean;
  error: unknown;
  onAdd: (versionId: string) => void;
  onClose: () => void;
}

/** Pick a dependency of the function's runtime (private or public), then one of its versions. */
export function AddDependencyModal({
  runtime,
  attached,
  saving,
  error,
  onAdd,
  onClose,
}: AddDependencyModalProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const list = useDependencies({ type: 'all', runtime });
  const [dependencyId, setDependencyId] = useState('');
  const [versionId, setVersionId] = useState('');
  // UI.md: the primary button stays enabled and explains what is missing.
  const [submitted, setSubmitted] = useState(false);
  const versions = useDependencyVersions(dependencyId || undefined);
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);

  const body = list.isPending ? (
    <PageLoader label={t('loading')} />
  ) : list.isError ? (
    <QueryError title={t('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
  ) : list.data.length === 0 ? (
    <Text size="sm">{t('fn.noneForRuntime', { runtime })}</Text>
  ) : (
    <>
      <NativeSelect
        label={t('fn.dependency')}
        description={t('fn.dependencyHint', { runtime })}
        value={dependencyId}
        error={submitted && dependencyId === '' ? t('problems.dependencyRequired') : undefined}
        data={[
          { value: '', label: '—' },
          ...list.data.map((d) => ({ value: dependencyIdOf(d), label: d.name })),
        ]}
        onChange={(e) => {
          setDependencyId(e.currentTarget.value);
          setVersionId('');
        }}
      />
      <NativeSelect
        label={t('fn.versionLabel')}
        value={versionId}
        disabled={dependencyId === '' || versions.isPending}
        error={
          submitted && dependencyId !== '' && versionId === '' ? t('problems.versionRequired') : undefined
        }
        data={[
          { value: '', label: '—' },
          ...sorted.map((v) => ({
            value: v.id,
            label: attached.includes(v.id)
              ? t('fn.attached', { version: v.version })
              : t('fn.versionOption', { version: v.version, size: formatBytes(v.size) }),
            disabled: attached.includes(v.id),
          })),
        ]}
        onChange={(e) => {
          setVersionId(e.currentTarget.value);
        }}
      />
      {versions.isError ? (
        <QueryError
          title={t('versions.loadFailed')}
          error={versions.error}
          onRetry={() => void versions.refetch()}
        />
      ) : null}
    </>
  );

  return (
    <Modal opened onClose={onClose} title={t('fn.pickerTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (versionId) onAdd(versionId);
        }}
      >
        <Stack>
          {body}
          {error ? (
            <Alert color="red" title={t('fn.saveFailed')} role="alert">
              <ErrorDetails error={error} />
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('fn.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('fn.addButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
