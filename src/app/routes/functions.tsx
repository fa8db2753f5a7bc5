import { useTranslation } from 'react-i18next';
import { FunctionListPage } from '@/features/functions/components/list/function-list-page';
import { provideRouteComponent } from '../route-registry';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/functions` — the function list (issue #5). */
export function FunctionsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.functions'));
  return <FunctionListPage />;
}

// Rendered by router.tsx's lazy component, synchronously once this chunk is loaded (lazy-route.tsx).
provideRouteComponent('functions', FunctionsRoute);
