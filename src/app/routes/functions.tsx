import { useTranslation } from 'react-i18next';
import { FunctionListPage } from '@/features/functions/components/list/function-list-page';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/functions` — the function list (issue #5). */
export function FunctionsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.functions'));
  return <FunctionListPage />;
}
