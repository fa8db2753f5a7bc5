import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Centered } from '@/components/ui/centered';
import { PageLoader } from '@/components/ui/page-loader';

/** `/` when the console server offers no connection at all (the loader redirects otherwise). */
export function NoConnectionsRoute() {
  const { t } = useTranslation();
  return (
    <Centered>
      <Alert color="yellow" role="alert">
        {t('connections.none')}
      </Alert>
    </Centered>
  );
}

/** Shown while the first route's loader runs (fetching the connection list). */
export function StartupFallback() {
  const { t } = useTranslation();
  return (
    <Centered>
      <PageLoader label={t('app.loading')} />
    </Centered>
  );
}
