/**
 * The Code tab's route pieces that load before its page module: the loader starts the function's code and
 * config reads and Monaco's download as soon as the URL matches, and the page itself is a lazy component, so
 * the router renders the detail shell (and its own reads) without waiting for the page's chunks. Without this,
 * data fetching began only after the page module, its imports and the first render (a waterfall).
 */
import type { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoaderFunctionArgs } from 'react-router';
import type { PublicConnection } from '@/api/contract/connections';
import { preloadCodeEditor } from '@/components/code-editor/code-editor';
import { PageLoader } from '@/components/ui/page-loader';
import { prefetchFunctionCode } from '@/features/code/api/get-function-code';
import { functionUrn, parseQualifier, QUALIFIER_PARAM } from '@/lib/function-ref';
import { lazyValue, useLazyValue } from '@/lib/lazy-value';

const page = lazyValue(() => import('./function-code').then((m): ComponentType => m.FunctionCodeRoute));

/**
 * The Code tab's route component. Not React.lazy: a lazy component suspends on its first render even when the
 * loader has already fetched its module, and React 19 holds back a Suspense boundary's reveal for up to 300 ms
 * after its fallback showed. This renders the page at once when its module is there, else the tab's loader
 * (as the shell's Suspense fallback would) until a state update brings the page in.
 */
export function LazyFunctionCodeRoute() {
  const { t } = useTranslation();
  const Page = useLazyValue(page);
  return Page ? createElement(Page) : createElement(PageLoader, { label: t('function.tabs.code') });
}

/**
 * What the route tree hands to the tabs' route pieces. The connection list comes from router.tsx rather than
 * from an import of the connections feature here: importing it from a lazy chunk would split it out of the
 * first-load chunk into a file of its own (bench/bundle-budget.ts counts each file's overhead).
 */
export interface TabRouteDeps {
  queryClient: QueryClient;
  /** The connection list, through the query cache (the connection layout's loader reads the same query). */
  connections: () => Promise<PublicConnection[]>;
}

export function functionCodeLoader({ queryClient, connections }: TabRouteDeps) {
  return ({ params, request }: Pick<LoaderFunctionArgs, 'params' | 'request'>) => {
    // Monaco first: the biggest file, requested before the page's own chunks take the browser's connections.
    void preloadCodeEditor();
    page.load().catch(() => undefined); // the route component reports a failed download
    const { connectionId = '', package: pkg = '', name = '' } = params;
    const qualifier = parseQualifier(new URL(request.url).searchParams.get(QUALIFIER_PARAM)).raw;
    // A failure to list connections is the connection layout's to report; the page's own queries retry.
    connections()
      .then((list) => {
        const connection = list.find((c) => c.id === connectionId);
        if (!connection) return;
        const scope = { connectionId: connection.id, projectId: connection.projectId };
        // The same URN the Code tab shows (function-code.tsx): the version or alias in the URL, else latest.
        prefetchFunctionCode(queryClient, scope, functionUrn(connection, pkg, name, qualifier));
      })
      .catch(() => undefined);
    return null;
  };
}
