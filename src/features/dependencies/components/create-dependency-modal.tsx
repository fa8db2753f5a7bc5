import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { RUNTIMES } from '@/api/contract/functions';
import { ErrorDetails } from '@/components/ui/error-details';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useCreateDependencyVersion } from '../api/create-dependency-version';
import { dependenciesCatalogue } from '../i18n';
import {
  descriptionProblem,
  fileProblem,
  fileToBase64,
  looksLikeZip,
  nameProblem,
} from '../utils/dependency-rules';

export interface CreateDependencyInitial {
  name: string;
  runtime: string;
  description?: string | undefined;
}

interface CreateDependencyModalProps {
  /** A new version of an existing dependency (name and runtime filled in), or a blank form. */
  initial?: CreateDependencyInitial | undefined;
  onClose: () => void;
}

type FileCheck = 'fileNotZipContent' | 'fileUnreadable';

/**
 * Create Dependency / Create Version (seed 7.3.3): validated inline on blur and on submit, the file checked
 * (extension, size, ZIP signature) before anything is sent; a refusal keeps every value and shows the reason.
 */
export function CreateDependencyModal({ initial, onClose }: CreateDependencyModalProps) {
  const t = useFeatureTranslation(dependenciesCatalogue);
  const create = useCreateDependencyVersion();
  const fileId = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [runtime, setRuntime] = useState<string>(initial?.runtime ?? RUNTIMES[0]);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [fileCheck, setFileCheck] = useState<FileCheck | undefined>();
  const [touched, setTouched] = useState({ name: false, description: false, file: false });
  const [reading, setReading] = useState(false);

  const problems = {
    name: nameProblem(name),
    runtime: runtime ? undefined : ('runtimeRequired' as const),
    description: descriptionProblem(description),
    file: fileProblem(file) ?? fileCheck,
  };
  const shown = (field: keyof typeof touched) => {
    const problem = touched[field] ? problems[field] : undefined;
    return problem ? t(`problems.${problem}`) : undefined;
  };

  const submit = async () => {
    setTouched({ name: true, description: true, file: true });
    if (problems.name || problems.runtime || problems.description || problems.file || !file) return;
    setReading(true);
    let content: string;
    try {
      content = await fileToBase64(file);
    } catch {
      setFileCheck('fileUnreadable');
      return;
    } finally {
      setReading(false);
    }
    if (!looksLikeZip(content)) {
      setFileCheck('fileNotZipContent');
      return;
    }
    create.mutate(
      { depend_type: 'zip', depend_file: content, runtime, name, description: description || undefined },
      {
        onSuccess: (created) => {
          notifications.show({
            color: 'green',
            message: t('toast.created', { name: created.name, version: created.version }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={initial ? t('createVersion') : t('create')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('form.versionHelp')}
          </Text>
          <TextInput
            label={t('form.name')}
            description={t('form.nameHint')}
            required
            value={name}
            readOnly={initial !== undefined}
            error={shown('name')}
            onChange={(e) => {
              setName(e.currentTarget.value);
            }}
            onBlur={() => {
              setTouched((s) => ({ ...s, name: true }));
            }}
          />
          <NativeSelect
            label={t('form.runtime')}
            required
            value={runtime}
            data={[...RUNTIMES]}
            error={problems.runtime ? t(`problems.${problems.runtime}`) : undefined}
            onChange={(e) => {
              setRuntime(e.currentTarget.value);
            }}
          />
          <Textarea
            label={t('form.description')}
            value={description}
            rows={3}
            error={shown('description')}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
            }}
            onBlur={() => {
              setTouched((s) => ({ ...s, description: true }));
            }}
          />
          <Input.Wrapper
            id={fileId}
            label={t('form.file')}
            description={t('form.fileHint')}
            required
            error={shown('file')}
          >
            <input
              id={fileId}
              type="file"
              accept=".zip,application/zip"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setFileCheck(undefined);
                setTouched((s) => ({ ...s, file: true }));
              }}
            />
          </Input.Wrapper>
          {create.isError ? (
            <Alert color="red" title={t('form.failed')} role="alert">
              <ErrorDetails error={create.error} />
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={reading || create.isPending}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
