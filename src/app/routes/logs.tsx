import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { AllLogs } from '@/features/logs/components/all-logs';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/logs` — logs across functions: query and live tail (issue #8). */
export function LogsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.logs'));
  return (
    <>
      <PageHeader title={t('nav.logs')} />
      <AllLogs />
    </>
  );
}
