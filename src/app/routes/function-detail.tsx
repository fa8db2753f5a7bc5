import '@mantine/core/styles/Tabs.css';
import { Tabs } from '@mantine/core';
import { Suspense } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { FunctionHeader } from '@/features/functions/components/function-header';
import { useActiveConnection } from '@/lib/active-connection';
import { FUNCTION_TABS, isFunctionTab, paths } from '@/lib/paths';
import type { FunctionTab } from '@/lib/paths';
import { usePageTitle } from './page-title';

/**
 * `/c/:connectionId/functions/:package/:name/*` — the function detail shell: header (name, status, runtime,
 * memory, version/alias selector, actions) and the tab bar. Each tab is its own lazy child route
 * (function-tab-routes.ts); the version/alias is `?qualifier=` and survives tab switches.
 */
export function FunctionDetailRoute() {
  const { t } = useTranslation();
  const connection = useActiveConnection();
  const location = useLocation();
  const { package: pkg = '', name = '' } = useParams();
  usePageTitle(name);
  const tab = location.pathname.split('/').filter(Boolean).at(-1);
  if (!isFunctionTab(tab)) return <Navigate to={paths.function(connection.id, pkg, name)} replace />;
  return (
    <>
      <FunctionHeader />
      <Tabs value={tab} keepMounted={false} activateTabWithKeyboard={false}>
        <Tabs.List aria-label={t('function.tabsLabel')} mb="md">
          {FUNCTION_TABS.map((id) => (
            <Tabs.Tab
              key={id}
              value={id}
              // Each tab is a link (the tab is in the URL); the query string (?qualifier=) goes along.
              renderRoot={(props) => <TabLink {...props} tab={id} />}
            >
              {t(`function.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab}>
          <Suspense fallback={<PageLoader label={t(`function.tabs.${tab}`)} />}>
            <Outlet />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** A tab's link; reads the location itself so the query string it carries is always the current one. */
function TabLink({ tab, ...props }: { tab: FunctionTab } & Omit<ComponentProps<typeof Link>, 'to'>) {
  const connection = useActiveConnection();
  const { search } = useLocation();
  const { package: pkg = '', name = '' } = useParams();
  return <Link {...props} to={`${paths.function(connection.id, pkg, name, tab)}${search}`} />;
}
