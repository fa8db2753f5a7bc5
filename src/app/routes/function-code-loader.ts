/**
 * The Code tab's route pieces that load before its page module: the loader starts the function's code and
 * config reads and Monaco's download as soon as the URL matches, and the page itself is a lazy component, so
 * the router renders the detail shell (and its own reads) without waiting for the page's chunks. Without this,
 * data fetching began only after the page module, its imports and the first render (a waterfall).
 */
import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import type { PublicConnection } from '@/api/contract/connections';
import { preloadCodeEditor } from '@/components/code-editor/code-editor';
import { prefetchFunctionCode } from '@/features/code/api/get-function-code';
import { functionUrn } from '@/lib/function-ref';

const loadPage = () => import('./function-code');

export const LazyFunctionCodeRoute = lazy(() => loadPage().then((m) => ({ default: m.FunctionCodeRoute })));

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
  return ({ params }: Pick<LoaderFunctionArgs, 'params'>) => {
    // Monaco first: the biggest file, requested before the page's own chunks take the browser's connections.
    preloadCodeEditor();
    void loadPage();
    const { connectionId = '', package: pkg = '', name = '' } = params;
    // A failure to list connections is the connection layout's to report; the page's own queries retry.
    connections()
      .then((list) => {
        const connection = list.find((c) => c.id === connectionId);
        if (!connection) return;
        const scope = { connectionId: connection.id, projectId: connection.projectId };
        // The same URN the Code tab edits (function-code.tsx): always the latest version.
        prefetchFunctionCode(queryClient, scope, `${functionUrn(connection, pkg, name)}:latest`);
      })
      .catch(() => undefined);
    return null;
  };
}
