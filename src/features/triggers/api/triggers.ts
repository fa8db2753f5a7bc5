/**
 * Triggers of one function version or alias (seed 7.13): list, create, update, delete one, delete all, and the
 * local extension "fire now" (`POST /local/v1/{pid}/triggers/{urn}/{type}/{id}/fire`).
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { fgRequest, localRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import type { FunctionRef } from '@/lib/function-ref';
import { useConnectionScope } from '@/lib/active-connection';
import { triggerKeys } from './keys';
import type { CreateTriggerRequest, FireResult, Trigger, UpdateTriggerRequest } from './types';

const enc = encodeURIComponent;
const base = (urn: string) => `/fgs/triggers/${enc(urn)}`;
const one = (urn: string, t: Pick<Trigger, 'trigger_type_code' | 'trigger_id'>) =>
  `${base(urn)}/${enc(t.trigger_type_code)}/${enc(t.trigger_id)}`;

export function triggersQueryOptions(scope: ConnectionScope, fn: FunctionRef) {
  return queryOptions({
    queryKey: triggerKeys.list(scope, fn),
    queryFn: ({ signal }) => fgRequest<Trigger[]>(scope, base(fn.urn), { signal }),
  });
}

function useInvalidate(fn: FunctionRef) {
  const queryClient = useQueryClient();
  const scope = useConnectionScope();
  return () => queryClient.invalidateQueries({ queryKey: triggerKeys.all(scope, fn) });
}

export function useCreateTrigger(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidate(fn);
  return useMutation({
    mutationFn: (body: CreateTriggerRequest) =>
      fgRequest<Trigger>(scope, base(fn.urn), { method: 'POST', json: body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTrigger(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidate(fn);
  return useMutation({
    mutationFn: ({ trigger, body }: { trigger: Trigger; body: UpdateTriggerRequest }) =>
      fgRequest<Trigger>(scope, one(fn.urn, trigger), { method: 'PUT', json: body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTrigger(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidate(fn);
  return useMutation({
    mutationFn: (trigger: Trigger) => fgRequest<undefined>(scope, one(fn.urn, trigger), { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** Seed 7.13.5: with the selected version/alias URN, removes that qualifier's triggers. */
export function useDeleteAllTriggers(fn: FunctionRef) {
  const scope = useConnectionScope();
  const invalidate = useInvalidate(fn);
  return useMutation({
    mutationFn: () => fgRequest<undefined>(scope, base(fn.urn), { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useFireTrigger(fn: FunctionRef) {
  const scope = useConnectionScope();
  return useMutation({
    mutationFn: (trigger: Trigger) =>
      localRequest<FireResult>(
        scope,
        `/triggers/${enc(fn.urn)}/${enc(trigger.trigger_type_code)}/${enc(trigger.trigger_id)}/fire`,
        {
          method: 'POST',
          headers: { 'x-cff-request-version': 'v1', 'x-cff-log-type': 'tail' },
        },
      ),
  });
}
