import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from './error-details';

/** The error state every query consumer shows (STYLE.md rule 5): what failed, the code, the request id, a retry. */
export function QueryError({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <ErrorDetails error={error} />
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
