import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Skeleton.css';
import { Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { startTransition, Suspense, useEffect, useState } from 'react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { PageLoader } from '@/components/ui/page-loader';
import { FunctionHeader } from '@/features/functions/components/function-header';
import { useActiveConnection } from '@/lib/active-connection';
import { afterNextPaint } from '@/lib/after-next-paint';
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
  const headerShown = useAfterFirstPaint();
  const tab = location.pathname.split('/').filter(Boolean).at(-1);
  if (!isFunctionTab(tab)) return <Navigate to={paths.function(connection.id, pkg, name)} replace />;
  return (
    <>
      {headerShown ? <FunctionHeader /> : <HeaderPlaceholder name={name} />}
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

/**
 * False for the shell's first commit, true from a transition after its first paint. The full header (version
 * selector, actions menu, its three reads) is not needed to use a tab: on a first load of the Code tab the page
 * is bound by the main thread, and rendering the header with the editor cost ~100 ms of it (bench/editor.ts).
 * A transition, so that it never joins the update that brings the Code tab's data and editor: a plain update
 * pending at that moment renders in the same pass (interleaved A/B: ~+150 ms of main-thread CPU).
 */
function useAfterFirstPaint(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    afterNextPaint(() => {
      if (live)
        startTransition(() => {
          setShown(true);
        });
    });
    return () => {
      live = false;
    };
  }, []);
  return shown;
}

/** The header as it first looks while the function loads (FunctionHeader's pending state): the name, a bar. */
function HeaderPlaceholder({ name }: { name: string }) {
  return (
    <Stack gap={4} mb="md">
      <Title order={1} size="h2">
        {name}
      </Title>
      <Skeleton height={16} width={320} aria-hidden />
    </Stack>
  );
}

/** A tab's link; reads the location itself so the query string it carries is always the current one. */
function TabLink({ tab, ...props }: { tab: FunctionTab } & Omit<ComponentProps<typeof Link>, 'to'>) {
  const connection = useActiveConnection();
  const { search } = useLocation();
  const { package: pkg = '', name = '' } = useParams();
  return <Link {...props} to={`${paths.function(connection.id, pkg, name, tab)}${search}`} />;
}
