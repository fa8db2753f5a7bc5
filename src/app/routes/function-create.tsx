import { useTranslation } from 'react-i18next';
import { CreateFunctionPage } from '@/features/functions/components/create/create-function-page';
import { TemplatePicker } from '@/features/templates/components/template-picker';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/functions/new` — Create Function; the template picker comes from the templates feature. */
export function FunctionCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('function.create'));
  return <CreateFunctionPage templatePicker={(props) => <TemplatePicker {...props} />} />;
}
