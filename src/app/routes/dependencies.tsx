import { useTranslation } from 'react-i18next';
import { DependenciesPage } from '@/features/dependencies/components/dependencies-page';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/dependencies` — dependency packages and their versions (seed 7.3). */
export function DependenciesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('nav.dependencies'));
  return <DependenciesPage />;
}
