import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { OverviewDashboard } from '@/features/overview/components/overview-dashboard';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/overview` — the Dashboard: tenant statistics, top functions, recent failures (issue #8). */
export function OverviewRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.overview'));
  return (
    <>
      <PageHeader title={t('nav.overview')} />
      <OverviewDashboard />
    </>
  );
}
