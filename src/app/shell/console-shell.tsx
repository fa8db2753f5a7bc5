import { Anchor, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { memo, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import type { PublicConnection } from '@/api/contract/connections';
import { AppFrame } from '@/components/layouts/app-frame';
import { PageLoader } from '@/components/ui/page-loader';
import { ConnectionSwitcher } from '@/features/connections/components/connection-switcher';
import { paths, switchConnectionPath } from '@/lib/paths';
import { HeaderControls } from './header-controls';
import { RouteBreadcrumbs } from './route-breadcrumbs';
import { RouterBridge } from './router-bridge';
import type { ShellRouter } from './router-bridge';
import { ShellOverlays } from './shell-overlays';
import { SideNav } from './side-nav';

/**
 * The frame around every connection page: header, navigation, breadcrumbs, palette, shortcut sheet.
 * Memoised and free of router hooks (see router-bridge.tsx): a navigation re-renders only what shows the
 * location (side navigation, breadcrumbs) and the page.
 */
export const ConsoleShell = memo(function ConsoleShell({
  connection,
  connections,
}: {
  connection: PublicConnection;
  connections: readonly PublicConnection[];
}) {
  const { t } = useTranslation();
  const routerRef = useRef<ShellRouter>(null);
  const [shortcutsOpened, shortcuts] = useDisclosure(false);
  // Bumped to open the palette; a counter (not a boolean) because Spotlight closes itself.
  const [paletteSignal, setPaletteSignal] = useState(0);
  const openPalette = useCallback(() => {
    setPaletteSignal((n) => n + 1);
  }, []);
  const go = useCallback((to: string) => {
    void routerRef.current?.navigate(to);
  }, []);
  const switchConnection = useCallback((id: string) => {
    if (routerRef.current)
      void routerRef.current.navigate(switchConnectionPath(routerRef.current.pathname, id));
  }, []);

  return (
    <AppFrame
      skipLabel={t('app.skipToContent')}
      navigationLabel={t('nav.label')}
      toggleLabel={t('nav.toggle')}
      brand={
        <Group gap="md" wrap="nowrap">
          <Anchor component={Link} to={paths.overview(connection.id)} underline="never" c="inherit">
            <Text fw={700} size="md" component="span" visibleFrom="sm">
              {t('app.name')}
            </Text>
          </Anchor>
          <ConnectionSwitcher connections={connections} active={connection} onSelect={switchConnection} />
        </Group>
      }
      headerControls={<HeaderControls onOpenPalette={openPalette} onShowShortcuts={shortcuts.open} />}
      navigation={(close) => <SideNav connectionId={connection.id} onNavigate={close} />}
    >
      <RouterBridge routerRef={routerRef} />
      <RouteBreadcrumbs />
      <Suspense fallback={<PageLoader label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
      <ShellOverlays
        connectionId={connection.id}
        connections={connections}
        paletteSignal={paletteSignal}
        onOpenPalette={openPalette}
        shortcutsOpened={shortcutsOpened}
        onOpenShortcuts={shortcuts.open}
        onCloseShortcuts={shortcuts.close}
        go={go}
        switchConnection={switchConnection}
      />
    </AppFrame>
  );
});
