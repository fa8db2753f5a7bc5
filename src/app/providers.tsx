import { MantineProvider } from '@mantine/core';
import type { MantineColorSchemeManager } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DeferredNotifications } from './deferred-notifications';
import { colorSchemeManager as defaultManager, theme } from './theme';

/** Everything the app and its tests render inside: theme, i18n, the query client, toasts. */
export function AppProviders({
  queryClient,
  i18n,
  children,
  colorSchemeManager = defaultManager,
  env = 'default',
}: {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
  colorSchemeManager?: MantineColorSchemeManager;
  /** `test` turns off Mantine transitions and portals. */
  env?: 'default' | 'test';
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        colorSchemeManager={colorSchemeManager}
        defaultColorScheme="auto"
        env={env}
      >
        <DeferredNotifications />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
