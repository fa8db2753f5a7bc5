import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRevalidator, useRouteError } from 'react-router';
import { ErrorDetails } from '@/components/ui/error-details';

/**
 * The error boundary of the route tree: a failed loader (connections unreachable), a page that threw while
 * rendering, or a lazy chunk that failed to load. Inside a connection it renders within the shell.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <Paper withBorder p="xl" radius="md" maw={720} mx="auto" my="xl" role="alert">
      <Stack gap="md">
        <Title order={1} size="h3">
          {t('errors.title')}
        </Title>
        <ErrorDetails error={error} />
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => {
              void revalidator.revalidate();
            }}
            loading={revalidator.state === 'loading'}
          >
            {t('errors.retry')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('errors.reload')}
          </Button>
          <Button component={Link} to="/" variant="subtle">
            {t('errors.home')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
