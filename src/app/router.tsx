/**
 * The route tree. Pages are lazy (their code loads when first visited), so `/` loads only the frame.
 * Route modules stay thin: read params, prefetch in a `loader` with `queryClient`, lay out feature components.
 *
 * Adding a page: a route module in routes/ (lazy here, with a `handle` crumb), its path builder in
 * lib/paths.ts, a NAV_ITEMS entry if it belongs in the side navigation (the palette picks it up), its strings
 * in both i18n catalogues, and the stylesheet of any Mantine component the frame does not already load
 * (see styles.ts). `npm run test:budget` keeps the first load in budget.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, redirect, useParams } from 'react-router';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { Centered } from '@/components/ui/centered';
import { connectionsQueryOptions } from '@/features/connections/api/get-connections';
import { FUNCTION_TABS, paths } from '@/lib/paths';
import { lazyRouteComponent } from './lazy-route';
import type { RouteHandle } from './route-handle';
import { ConnectionLayout } from './routes/connection-layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { NoConnectionsRoute, StartupFallback } from './routes/start';

const FunctionsRoute = lazyRouteComponent('functions', () => import('./routes/functions'));

const handle = (crumb: NonNullable<RouteHandle['crumb']>): RouteHandle => ({ crumb });

function FunctionsListRedirect() {
  const { connectionId = '' } = useParams();
  return <Navigate to={paths.functions(connectionId)} replace />;
}

export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      errorElement: <RouteError />,
      hydrateFallbackElement: <StartupFallback />,
      children: [
        {
          index: true,
          // `/` opens the first connection (the local FunctionGraph comes first).
          loader: async () => {
            const connections = await queryClient.query({
              ...connectionsQueryOptions(),
              staleTime: 'static',
            });
            const first = connections[0];
            return first ? redirect(paths.overview(first.id)) : null;
          },
          element: <NoConnectionsRoute />,
        },
        {
          path: 'c/:connectionId',
          loader: async () => {
            await queryClient.query({ ...connectionsQueryOptions(), staleTime: 'static' });
            return null;
          },
          element: <ConnectionLayout />,
          children: [
            {
              // Page errors render inside the shell, so navigation keeps working.
              errorElement: <RouteError />,
              children: [
                { index: true, loader: ({ params }) => redirect(paths.overview(params.connectionId ?? '')) },
                {
                  path: 'overview',
                  handle: handle((_, t) => t('nav.overview')),
                  lazy: () => import('./routes/overview').then((m) => ({ Component: m.OverviewRoute })),
                },
                {
                  path: 'functions',
                  handle: handle((_, t) => t('nav.functions')),
                  children: [
                    // A lazy component, not a route `lazy`: no `loading` render before the list (lazy-route.tsx).
                    { index: true, Component: FunctionsRoute },
                    {
                      path: 'new',
                      handle: handle((_, t) => t('function.create')),
                      lazy: () =>
                        import('./routes/function-create').then((m) => ({
                          Component: m.FunctionCreateRoute,
                        })),
                    },
                    {
                      path: ':package',
                      handle: handle((params) => params.package ?? ''),
                      children: [
                        { index: true, element: <FunctionsListRedirect /> },
                        {
                          path: ':name',
                          handle: handle((params) => params.name ?? ''),
                          lazy: () =>
                            import('./routes/function-detail').then((m) => ({
                              Component: m.FunctionDetailRoute,
                            })),
                          children: [
                            {
                              index: true,
                              loader: ({ params }) =>
                                redirect(
                                  paths.function(
                                    params.connectionId ?? '',
                                    params.package ?? '',
                                    params.name ?? '',
                                  ),
                                ),
                            },
                            // One lazy route per tab (function-tab-routes.ts is the extension point). The mapping
                            // itself loads lazily: imported eagerly, it made the bundler hoist shared tab code into /.
                            ...FUNCTION_TABS.map((tab) => ({
                              path: tab,
                              handle: handle((_, t) => t(`function.tabs.${tab}`)),
                              lazy: () =>
                                import('./routes/function-tab-routes').then((m) =>
                                  m.FUNCTION_TAB_ROUTES[tab]({
                                    queryClient,
                                    connections: () =>
                                      queryClient.query({
                                        ...connectionsQueryOptions(),
                                        staleTime: 'static',
                                      }),
                                  }),
                                ),
                            })),
                            {
                              path: '*',
                              loader: ({ params }: LoaderFunctionArgs) =>
                                redirect(
                                  paths.function(
                                    params.connectionId ?? '',
                                    params.package ?? '',
                                    params.name ?? '',
                                  ),
                                ),
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
                {
                  path: 'dependencies',
                  handle: handle((_, t) => t('nav.dependencies')),
                  lazy: () =>
                    import('./routes/dependencies').then((m) => ({ Component: m.DependenciesRoute })),
                },
                {
                  path: 'logs',
                  handle: handle((_, t) => t('nav.logs')),
                  lazy: () => import('./routes/logs').then((m) => ({ Component: m.LogsRoute })),
                },
                { path: '*', element: <NotFoundRoute /> },
              ],
            },
          ],
        },
        {
          path: '*',
          element: (
            <Centered>
              <NotFoundRoute />
            </Centered>
          ),
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createAppRoutes(queryClient));
}
