import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { buildCloudConnection } from '@/testing/factories';
import { ActiveConnectionProvider, useActiveConnection, useConnectionScope } from './active-connection';

describe('active connection', () => {
  it('gives features the connection id and project id of the active connection', () => {
    const connection = buildCloudConnection({ id: 'prod' });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ActiveConnectionProvider connection={connection}>{children}</ActiveConnectionProvider>
    );
    const { result } = renderHook(() => useConnectionScope(), { wrapper });
    expect(result.current).toEqual({ connectionId: 'prod', projectId: connection.projectId });
  });

  it('is a programming error outside a connection route', () => {
    expect(() => renderHook(() => useActiveConnection())).toThrow(/outside a connection route/);
  });
});
