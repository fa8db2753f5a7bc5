import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { createQueryClient, MAX_RETRIES, shouldRetry } from './query-client';

const apiError = (status: number) => new ApiError({ status, code: `HTTP.${status}`, message: 'x' });

describe('shouldRetry', () => {
  it('never retries 4xx', () => {
    expect(shouldRetry(0, apiError(400))).toBe(false);
    expect(shouldRetry(0, apiError(404))).toBe(false);
    expect(shouldRetry(0, apiError(429))).toBe(false);
  });

  it('retries network failures and 5xx a limited number of times', () => {
    expect(shouldRetry(0, apiError(0))).toBe(true);
    expect(shouldRetry(1, apiError(503))).toBe(true);
    expect(shouldRetry(MAX_RETRIES, apiError(503))).toBe(false);
  });

  it('does not retry programming errors', () => {
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
  });
});

describe('createQueryClient error notifications', () => {
  it('does not toast a first-load failure (the consumer renders it) but toasts a background refetch failure', async () => {
    const notifyError = vi.fn();
    const client = createQueryClient({ notifyError, retry: false });
    const fail = () => Promise.reject(apiError(500));

    await client.query({ queryKey: ['k'], queryFn: fail }).catch(() => undefined);
    expect(notifyError).not.toHaveBeenCalled();

    client.setQueryData(['k'], 'cached');
    await client.query({ queryKey: ['k'], queryFn: fail, staleTime: 0 }).catch(() => undefined);
    expect(notifyError).toHaveBeenCalledTimes(1);
  });

  it('toasts a first-load failure when the query asks for it', async () => {
    const notifyError = vi.fn();
    const client = createQueryClient({ notifyError, retry: false });
    await client
      .query({
        queryKey: ['t'],
        queryFn: () => Promise.reject(apiError(404)),
        meta: { toastOnError: true },
      })
      .catch(() => undefined);
    expect(notifyError).toHaveBeenCalledWith(expect.objectContaining({ status: 404 }));
  });

  it('toasts mutation failures unless the mutation opts out', async () => {
    const notifyError = vi.fn();
    const client = createQueryClient({ notifyError });
    const failing = (meta?: { toastOnError?: boolean }) =>
      client
        .getMutationCache()
        .build(client, { mutationFn: () => Promise.reject(apiError(400)), ...(meta ? { meta } : {}) })
        .execute(undefined)
        .catch(() => undefined);
    await failing();
    await failing({ toastOnError: false });
    expect(notifyError).toHaveBeenCalledTimes(1);
  });
});
