import { useTranslation } from 'react-i18next';
import { ComingNext } from '@/components/ui/coming-next';
import { PageHeader } from '@/components/ui/page-header';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/functions` — the function list (issue #5). */
export function FunctionsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.functions'));
  return (
    <>
      <PageHeader title={t('nav.functions')} />
      <ComingNext badge={t('comingNext.badge')} description={t('comingNext.functions')} />
    </>
  );
}
