import type { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadCodeEditor } from '@/components/code-editor/code-editor';
import { functionCodeQueryOptions } from '@/features/code/api/get-function-code';
import { connectionsQueryOptions } from '@/features/connections/api/get-connections';
import { functionConfigQueryOptions } from '@/lib/function-api/get-function-config';
import { createQueryClient } from '@/lib/query-client';
import { buildFunction } from '@/testing/factories';
import { mockDb } from '@/testing/mock-db';
import { functionCodeLoader } from './function-code-loader';

// Monaco does not run in jsdom; the page module is not what this test is about.
vi.mock('@/components/code-editor/code-editor', () => ({ preloadCodeEditor: vi.fn() }));
vi.mock('./function-code', () => ({ FunctionCodeRoute: () => null }));

// As router.tsx passes them.
const deps = (queryClient: QueryClient) => ({
  queryClient,
  connections: () => queryClient.query({ ...connectionsQueryOptions(), staleTime: 'static' }),
});

describe('functionCodeLoader', () => {
  beforeEach(() => {
    vi.mocked(preloadCodeEditor).mockClear();
  });

  it('starts Monaco and the reads the Code tab renders (same query keys), without waiting for them', async () => {
    mockDb.functions = [buildFunction({ func_name: 'hello', package: 'default' })];
    const connection = mockDb.connections[0];
    if (!connection) throw new Error('no connection in the mock db');
    const queryClient = createQueryClient({ retry: false });
    const loader = functionCodeLoader(deps(queryClient));

    expect(
      loader({
        params: { connectionId: 'local', package: 'default', name: 'hello' },
        request: new Request('http://localhost/c/local/functions/default/hello/code'),
      }),
    ).toBeNull();
    expect(preloadCodeEditor).toHaveBeenCalledTimes(1);

    // What function-code.tsx asks for: the connection's scope and the function's `latest` URN.
    const scope = { connectionId: 'local', projectId: connection.projectId };
    const urn = `urn:fss:local-1:${connection.projectId}:function:default:hello:latest`;
    await waitFor(() => {
      expect(queryClient.getQueryData(functionCodeQueryOptions(scope, urn).queryKey)).toMatchObject({
        func_name: 'hello',
      });
    });
    await waitFor(() => {
      expect(queryClient.getQueryData(functionConfigQueryOptions(scope, urn).queryKey)).toMatchObject({
        handler: 'index.handler',
      });
    });
  });

  it('prefetches the version or alias selected in the URL, as the Code tab shows it', async () => {
    mockDb.functions = [buildFunction({ func_name: 'hello', package: 'default' })];
    const connection = mockDb.connections[0];
    if (!connection) throw new Error('no connection in the mock db');
    const queryClient = createQueryClient({ retry: false });
    functionCodeLoader(deps(queryClient))({
      params: { connectionId: 'local', package: 'default', name: 'hello' },
      request: new Request('http://localhost/c/local/functions/default/hello/code?qualifier=v1'),
    });
    const scope = { connectionId: 'local', projectId: connection.projectId };
    const urn = `urn:fss:local-1:${connection.projectId}:function:default:hello:v1`;
    await waitFor(() => {
      expect(queryClient.getQueryData(functionCodeQueryOptions(scope, urn).queryKey)).toMatchObject({
        func_name: 'hello',
      });
    });
  });

  it('prefetches nothing for a connection the console does not know (the layout reports it)', async () => {
    const queryClient = createQueryClient({ retry: false });
    functionCodeLoader(deps(queryClient))({
      params: { connectionId: 'nope', package: 'default', name: 'hello' },
      request: new Request('http://localhost/c/nope/functions/default/hello/code'),
    });
    await queryClient.query({ ...connectionsQueryOptions(), staleTime: 'static' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const codeQueries = queryClient.getQueryCache().findAll({ queryKey: ['code'] });
    expect(codeQueries).toEqual([]);
    const functionQueries = queryClient.getQueryCache().findAll({ queryKey: ['functions'] });
    expect(functionQueries).toEqual([]);
  });
});
