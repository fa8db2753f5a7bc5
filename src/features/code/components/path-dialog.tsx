import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { codeCatalogue } from '../i18n';
import type { PathProblem } from '../utils/package-tree';
import { normalizePath } from '../utils/package-tree';

export interface PathDialogProps {
  title: string;
  initialPath: string;
  submitLabel: string;
  /** Why the path cannot be used, or undefined when it can. */
  check: (path: string) => PathProblem | undefined;
  onSubmit: (path: string) => void;
  onClose: () => void;
}

/** Asks for a package path (new file, new folder, rename); validates before it submits. */
export function PathDialog({ title, initialPath, submitLabel, check, onSubmit, onClose }: PathDialogProps) {
  const t = useFeatureTranslation(codeCatalogue);
  const [value, setValue] = useState(initialPath);
  const [problem, setProblem] = useState<PathProblem | undefined>();
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const path = normalizePath(value);
          const found = check(path);
          setProblem(found);
          if (!found) onSubmit(path);
        }}
      >
        <Stack>
          <TextInput
            label={t('pathLabel')}
            value={value}
            onChange={(e) => {
              setValue(e.currentTarget.value);
            }}
            error={problem ? t(`problems.${problem}`) : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit">{submitLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  danger = true,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  danger?: boolean;
}) {
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {cancelLabel}
          </Button>
          <Button color={danger ? 'red' : undefined} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
