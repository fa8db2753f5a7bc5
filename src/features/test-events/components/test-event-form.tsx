import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/CloseButton.css';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import { ApiError } from '@/api/errors';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useSaveTestEvent } from '../api/test-events';
import { testEventsCatalogue } from '../i18n';
import { EVENT_NAME_PATTERN, encodeEventContent, eventBodyProblem } from '../utils/event-content';
import type { TemplateId } from '../utils/event-templates';
import { TEMPLATE_IDS, templateBody } from '../utils/event-templates';

export interface TestEventFormProps {
  scope: ConnectionScope;
  urn: string;
  /** Editing a saved event (its name cannot change, seed 7.4.5), or creating one. */
  editing?: { id: string; name: string };
  initialBody?: string;
  existingNames: readonly string[];
  onClose: () => void;
  onSaved: (event: { id: string; name: string }) => void;
}

/** Create or edit a test event: name (create only), template, JSON body; validated before it is sent. */
export function TestEventForm({
  scope,
  urn,
  editing,
  initialBody,
  existingNames,
  onClose,
  onSaved,
}: TestEventFormProps) {
  const t = useFeatureTranslation(testEventsCatalogue);
  const save = useSaveTestEvent(scope, urn);
  const [name, setName] = useState(editing?.name ?? '');
  const [template, setTemplate] = useState<TemplateId>('blank');
  const [body, setBody] = useState(initialBody ?? templateBody('blank'));
  const [submitted, setSubmitted] = useState(false);

  const nameProblem = editing
    ? undefined
    : !EVENT_NAME_PATTERN.test(name)
      ? t('problems.name')
      : existingNames.includes(name)
        ? t('problems.duplicate')
        : undefined;
  const bodyKind = eventBodyProblem(body);
  const bodyProblem = bodyKind ? t(`problems.${bodyKind}`) : undefined;
  const serverError =
    save.error instanceof ApiError ? `${save.error.code}: ${save.error.message}` : undefined;

  return (
    <Modal opened onClose={onClose} title={editing ? t('editSaved') : t('create')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (nameProblem || bodyProblem) return;
          save.mutate(
            { id: editing?.id, name, content: encodeEventContent(body) },
            {
              onSuccess: (saved) => {
                onSaved({ id: saved.id || editing?.id || '', name: saved.name || name });
              },
            },
          );
        }}
      >
        <Stack>
          {editing ? null : (
            <>
              <NativeSelect
                label={t('eventTemplate')}
                value={template}
                data={TEMPLATE_IDS.map((id) => ({ value: id, label: t(`templates.${id}`) }))}
                onChange={(e) => {
                  const next = e.currentTarget.value as TemplateId;
                  setTemplate(next);
                  setBody(templateBody(next));
                }}
              />
              <TextInput
                label={t('eventName')}
                description={t('eventNameHint')}
                value={name}
                onChange={(e) => {
                  setName(e.currentTarget.value);
                }}
                error={submitted ? nameProblem : undefined}
                required
                data-autofocus
              />
            </>
          )}
          <Textarea
            label={t('eventData')}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
            }}
            error={submitted ? bodyProblem : undefined}
            rows={12}
            resize="vertical"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
          {serverError ? (
            <Alert color="red" role="alert">
              {serverError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
