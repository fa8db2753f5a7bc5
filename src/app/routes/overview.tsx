import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ComingNext } from '@/components/ui/coming-next';
import { PageHeader } from '@/components/ui/page-header';
import { useActiveConnection } from '@/lib/active-connection';
import { paths } from '@/lib/paths';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/overview` — the Dashboard (issue #5 fills it with tenant statistics). */
export function OverviewRoute() {
  const { t } = useTranslation();
  const connection = useActiveConnection();
  usePageTitle(t('nav.overview'));
  return (
    <>
      <PageHeader title={t('nav.overview')} />
      <ComingNext
        badge={t('comingNext.badge')}
        description={t('comingNext.overview')}
        action={
          <Button component={Link} to={paths.functions(connection.id)} variant="light">
            {t('comingNext.back')}
          </Button>
        }
      />
    </>
  );
}
