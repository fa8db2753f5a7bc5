import { useTranslation } from 'react-i18next';
import { ComingNext } from '@/components/ui/coming-next';
import { PageHeader } from '@/components/ui/page-header';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/logs` — log query and live tail (issue #8). */
export function LogsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.logs'));
  return (
    <>
      <PageHeader title={t('nav.logs')} />
      <ComingNext badge={t('comingNext.badge')} description={t('comingNext.logs')} />
    </>
  );
}
