/**
 * The app's QueryClient. Failures are ApiError (src/api/client.ts); this decides what to retry and when to
 * toast. Query consumers render their own error states (STYLE.md rule 5), so a query toasts only when the
 * failure would otherwise go unseen: a background refetch of data already on screen, or `meta.toastOnError`.
 * Mutations toast unless they opt out with `meta.toastOnError: false` (when a form shows the error inline).
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { toastOnError?: boolean };
    mutationMeta: { toastOnError?: boolean };
  }
}

/** Network failures and 5xx may be transient; 4xx and bad responses will fail the same way again. */
export const MAX_RETRIES = 2;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status >= 500;
}

export interface QueryClientOptions {
  /** Shows a failure to the user (the app passes a toast); not called for handled or cancelled failures. */
  notifyError?: (error: unknown) => void;
  /** Tests turn retries off to see failures at once. */
  retry?: boolean;
}

export function createQueryClient({ notifyError, retry = true }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const backgroundFailure = query.state.data !== undefined;
        if (query.meta?.toastOnError ?? backgroundFailure) notifyError?.(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.toastOnError !== false) notifyError?.(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
