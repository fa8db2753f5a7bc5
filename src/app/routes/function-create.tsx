import { useTranslation } from 'react-i18next';
import { CreateFunctionPage } from '@/features/functions/components/create/create-function-page';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/functions/new` — Create Function (blank, from a template, or from a ZIP). */
export function FunctionCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('function.create'));
  return <CreateFunctionPage />;
}
