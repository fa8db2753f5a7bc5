import '@mantine/core/styles/Tabs.css';
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { ComingNext } from '@/components/ui/coming-next';
import { PageHeader } from '@/components/ui/page-header';
import { useActiveConnection } from '@/lib/active-connection';
import { FUNCTION_TABS, isFunctionTab, paths } from '@/lib/paths';
import { usePageTitle } from './page-title';

/** `/c/:connectionId/functions/:package/:name/:tab` — a function's pages, one route per tab (issue #6). */
export function FunctionDetailRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const connection = useActiveConnection();
  const { package: pkg = '', name = '', tab } = useParams();
  usePageTitle(name);
  if (!isFunctionTab(tab)) return <Navigate to={paths.function(connection.id, pkg, name)} replace />;
  return (
    <>
      <PageHeader title={name} />
      <Tabs
        value={tab}
        onChange={(next) => {
          const target = next ?? undefined;
          if (isFunctionTab(target)) void navigate(paths.function(connection.id, pkg, name, target));
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('function.tabsLabel')} mb="md">
          {FUNCTION_TABS.map((id) => (
            <Tabs.Tab key={id} value={id}>
              {t(`function.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab}>
          <ComingNext
            badge={t('comingNext.badge')}
            description={t('comingNext.functionDetail', {
              tab: t(`function.tabs.${tab}`),
              name,
              package: pkg,
            })}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
