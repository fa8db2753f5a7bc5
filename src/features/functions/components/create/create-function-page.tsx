import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Template } from '@/api/contract/functions';
import { isApiError } from '@/api/errors';
import { ErrorDetails } from '@/components/ui/error-details';
import { PageHeader } from '@/components/ui/page-header';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useActiveConnection } from '@/lib/active-connection';
import { paths } from '@/lib/paths';
import { useCreateFunction } from '../../api/create-function';
import { functionsCatalogue } from '../../i18n';
import { defaultHandler, fieldOfErrorCode, validateCreate } from '../../utils/create-rules';
import type { CreateField, CreateMode, CreateValues } from '../../utils/create-rules';
import { buildCreateRequest } from '../../utils/create-request';
import { starterCode } from '../../utils/starter-code';
import { CreateFields } from './create-fields';

const INITIAL: CreateValues = {
  name: '',
  app: 'default',
  runtime: 'Node.js18.15',
  handler: 'index.handler',
  memory: '256',
  timeout: '30',
  description: '',
};

export type TemplatePickerSlot = (props: {
  value: Template | null;
  onChange: (template: Template) => void;
  error: string | undefined;
}) => ReactNode;

/**
 * Create Function (UI.md "Create flow"): one page, defaults filled; blank (starter code per runtime), from a
 * template (the picker comes from the templates feature through the route), or from a ZIP. Inline validation
 * on blur and on submit; a server rejection shows its FSS code and keeps every value.
 */
export function CreateFunctionPage({ templatePicker }: { templatePicker: TemplatePickerSlot }) {
  const t = useFeatureTranslation(functionsCatalogue);
  const connection = useActiveConnection();
  const navigate = useNavigate();
  const create = useCreateFunction();
  const [mode, setMode] = useState<CreateMode>('blank');
  const [values, setValues] = useState<CreateValues>(INITIAL);
  const [code, setCode] = useState<string | null>(null);
  const [zip, setZip] = useState<File | null>(null);
  const [template, setTemplate] = useState<Template | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<CreateField>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const starter = starterCode(values.runtime, values.handler);
  const errors = validateCreate(values, { mode, zip, templateId: template?.id ?? null });
  const serverField = isApiError(create.error) ? fieldOfErrorCode(create.error.code) : undefined;
  const shownError = (field: CreateField) => {
    if (serverField === field && isApiError(create.error))
      return `${create.error.code}: ${create.error.message}`;
    const key = errors[field];
    return key && (submitted || touched.has(field)) ? t(`create.errors.${key}`) : undefined;
  };
  const fieldErrors = Object.fromEntries(
    (['name', 'app', 'runtime', 'handler', 'memory', 'timeout', 'description'] as const).map((f) => [
      f,
      shownError(f),
    ]),
  );
  const missing = Object.keys(errors) as CreateField[];

  const change = (changes: Partial<CreateValues>) => {
    setValues((prev) => {
      const next = { ...prev, ...changes };
      // A new runtime brings its default handler unless the user typed their own.
      if (changes.runtime && prev.handler === defaultHandler(prev.runtime))
        next.handler = defaultHandler(changes.runtime);
      return next;
    });
    if (changes.runtime) setCode(null);
  };

  const pickTemplate = (picked: Template) => {
    setTemplate(picked);
    setValues((prev) => ({
      ...prev,
      runtime: picked.runtime,
      handler: picked.handler,
      memory: String(picked.memory_size ?? prev.memory),
      timeout: String(picked.timeout ?? prev.timeout),
      description: prev.description || (picked.description ?? ''),
    }));
  };

  const submit = async () => {
    setSubmitted(true);
    if (missing.length > 0) return;
    const body = await buildCreateRequest({
      values,
      mode,
      code: code ?? starter?.source,
      starter,
      zip,
      template,
    });
    create.mutate(body, {
      onSuccess: (fn) => {
        notifications.show({ color: 'green', message: t('create.created', { name: fn.func_name }) });
        void navigate(paths.function(connection.id, fn.package, fn.func_name, 'code'));
      },
    });
  };

  return (
    <>
      <PageHeader title={t('create.title')} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="lg" maw={1100}>
          <SegmentedControl
            aria-label={t('create.modeLabel')}
            value={mode}
            onChange={(next) => {
              setMode(next);
            }}
            data={[
              { value: 'blank', label: t('create.blank') },
              { value: 'template', label: t('create.template') },
              { value: 'zip', label: t('create.zip') },
            ]}
          />
          {mode === 'template' ? (
            <Paper withBorder p="md">
              {templatePicker({
                value: template,
                onChange: pickTemplate,
                error: submitted && errors.template ? t(`create.errors.${errors.template}`) : undefined,
              })}
            </Paper>
          ) : null}
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('create.basics')}
            </Title>
            <CreateFields
              values={values}
              errors={fieldErrors}
              runtimeLocked={mode === 'template' && template !== null}
              onChange={change}
              onBlur={(field) => {
                setTouched((prev) => new Set(prev).add(field));
              }}
            />
          </Paper>
          {mode === 'blank' && starter ? (
            <Paper withBorder p="md">
              <Textarea
                label={`${t('create.starterCode')} · ${starter.file}`}
                value={code ?? starter.source}
                onChange={(e) => {
                  setCode(e.currentTarget.value);
                }}
                rows={14}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
            </Paper>
          ) : null}
          {mode === 'zip' ? (
            <Paper withBorder p="md">
              <FileInput
                label={t('create.zipFile')}
                description={t('create.zipHint')}
                accept=".zip,application/zip"
                value={zip}
                onChange={setZip}
                error={submitted && errors.zip ? t(`create.errors.${errors.zip}`) : undefined}
                clearable
              />
            </Paper>
          ) : null}
          {create.error ? (
            <Alert color="red" title={t('create.failed')} role="alert">
              <ErrorDetails error={create.error} />
            </Alert>
          ) : null}
          {submitted && missing.length > 0 ? (
            <Text c="red" size="sm" role="status">
              {t('create.missing', { fields: missing.map((f) => fieldLabel(t, f)).join(', ') })}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
            <Button variant="default" component={Link} to={paths.functions(connection.id)}>
              {t('create.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function fieldLabel(
  t: ReturnType<typeof useFeatureTranslation<(typeof functionsCatalogue)['en-US']>>,
  field: CreateField,
) {
  switch (field) {
    case 'zip':
      return t('create.zipFile');
    case 'template':
      return t('create.templateList');
    case 'app':
      return t('create.app');
    default:
      return t(`create.${field}`);
  }
}
