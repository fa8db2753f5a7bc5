import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { InvocationResult } from '../utils/invocation-result';
import { fromError, fromSyncResponse } from '../utils/invocation-result';
import { ApiError } from '@/api/errors';
import { ResultPanel } from './result-panel';

const summary = JSON.stringify({
  duration: 12.345,
  billingDuration: 13,
  memorySize: 128,
  memoryUsed: 21.5,
  version: 'latest',
});

function syncResult(body: object, headers: Record<string, string>): InvocationResult {
  return fromSyncResponse(body, new Headers({ 'x-cff-invoke-summary': summary, ...headers }));
}

const logsHref = (id: string) => `/c/local/functions/default/fn/logs?requestId=${id}`;

describe('ResultPanel', () => {
  it('shows a success with pretty JSON, the log tail, the summary and the request id linking to its logs', async () => {
    const result = syncResult(
      { request_id: 'req-1', result: '{"a":1,"b":[2]}', log: 'hello from the function', status: 200 },
      { 'x-func-err-code': '0', 'x-is-func-err': 'false' },
    );
    renderWithProviders(<ResultPanel result={result} logsHref={logsHref} />);
    expect(await screen.findByText('Execution successful')).toBeInTheDocument();
    expect(screen.getByTestId('function-output').textContent).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}');
    expect(screen.getByTestId('log-output')).toHaveTextContent('hello from the function');
    expect(screen.getByRole('row', { name: /Execution Duration/ })).toHaveTextContent('12.35 ms');
    expect(screen.getByRole('row', { name: /Billed Duration/ })).toHaveTextContent('13 ms');
    expect(screen.getByRole('row', { name: /Memory Used/ })).toHaveTextContent('21.5 MB');
    expect(screen.getByTestId('request-id')).toHaveTextContent('req-1');
    expect(screen.getByRole('link', { name: 'View logs' })).toHaveAttribute(
      'href',
      '/c/local/functions/default/fn/logs?requestId=req-1',
    );
  });

  it('shows a function error with its code and the error JSON', async () => {
    const result = syncResult(
      { request_id: 'req-2', result: '{"errorMessage":"boom","errorType":"Error"}', log: '', status: 500 },
      { 'x-func-err-code': '4002', 'x-is-func-err': 'true' },
    );
    renderWithProviders(<ResultPanel result={result} />);
    expect(await screen.findByText('Execution failed')).toBeInTheDocument();
    expect(screen.getByText('FSS.4002')).toBeInTheDocument();
    expect(screen.getByTestId('function-output')).toHaveTextContent('"errorMessage": "boom"');
    expect(screen.getByTestId('log-output')).toHaveTextContent('No log output.');
  });

  it('tells a timeout apart (FSS.4010)', async () => {
    const result = syncResult(
      {
        request_id: 'req-3',
        result: '{"errorMessage":"invoke timed out after 3s"}',
        log: 'started',
        status: 500,
      },
      { 'x-func-err-code': '4010', 'x-is-func-err': 'true' },
    );
    renderWithProviders(<ResultPanel result={result} />);
    expect(await screen.findByText('Execution timed out')).toBeInTheDocument();
    expect(screen.getByText('FSS.4010')).toBeInTheDocument();
  });

  it('shows an FSS error envelope (the platform refused the call)', async () => {
    const result = fromError(
      new ApiError({
        status: 429,
        code: 'FSS.1429',
        message: 'too many concurrent requests',
        requestId: 'req-4',
      }),
    );
    renderWithProviders(<ResultPanel result={result} logsHref={logsHref} />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The invocation was refused')).toBeInTheDocument();
    expect(within(alert).getByText('FSS.1429')).toBeInTheDocument();
    expect(alert).toHaveTextContent('too many concurrent requests');
    expect(alert).toHaveTextContent('HTTP 429');
    expect(within(alert).getByTestId('request-id')).toHaveTextContent('req-4');
  });

  it('shows an async request’s status, live while it is not final', async () => {
    renderWithProviders(<ResultPanel result={{ kind: 'async', requestId: 'a-1', status: 'RUNNING' }} />);
    expect(await screen.findByLabelText('Invocation Status')).toHaveTextContent('Running');
    expect(screen.getByText('Live')).toBeInTheDocument();
  });

  it('shows a final async status without the live marker', async () => {
    renderWithProviders(
      <ResultPanel
        result={{
          kind: 'async',
          requestId: 'a-1',
          status: 'FAIL',
          errorMessage: 'boom',
          endTime: '2026-11-28T05:00:00',
        }}
      />,
    );
    expect(await screen.findByLabelText('Invocation Status')).toHaveTextContent('Failed');
    expect(screen.queryByText('Live')).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Error Message/ })).toHaveTextContent('boom');
  });

  it('prints non-JSON output as it is', async () => {
    const result = syncResult({ request_id: 'r', result: 'plain text', log: '', status: 200 }, {});
    renderWithProviders(<ResultPanel result={result} />);
    expect((await screen.findByTestId('function-output')).textContent).toBe('plain text');
  });
});
