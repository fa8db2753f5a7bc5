/**
 * Seed 7.2.1 `GET P/quotas`: the local limits (quotas/local-quotas.ts) with real usage counted from the store.
 * Only `fgs_func_code_size` carries a unit (`MB`), as in the seed.
 */
import type { LocalDeps, LocalHono } from '../deps';
import { LOCAL_QUOTAS } from '../quotas/local-quotas';
import type { QuotaType } from '../quotas/local-quotas';
import { reservedStoreFor } from '../store/reserved-store';

function count(deps: LocalDeps, sql: string): number {
  return (deps.db.prepare(sql).get() as { n: number | null }).n ?? 0;
}

function tableExists(deps: LocalDeps, name: string): boolean {
  return (
    deps.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
  );
}

export function usage(deps: LocalDeps): Record<QuotaType, number> {
  const codeBytes = count(deps, 'SELECT SUM(code_size) AS n FROM function_versions');
  return {
    fgs_func_scale_down_timeout: 0,
    fgs_func_occurs: reservedStoreFor(deps).totalCount(),
    fgs_func_pat_idle_time: 0,
    fgs_func_num: count(deps, 'SELECT COUNT(*) AS n FROM functions'),
    fgs_func_code_size: Math.ceil(codeBytes / (1024 * 1024)),
    // Workflows are not implemented locally; count them if a workflow module ever creates its table.
    fgs_workflow_num: tableExists(deps, 'workflows') ? count(deps, 'SELECT COUNT(*) AS n FROM workflows') : 0,
    fgs_on_demand_instance_limit: 0,
    fgs_func_qos_limit: 0,
  };
}

export function registerQuotaRoutes(app: LocalHono, deps: LocalDeps): void {
  app.get('/v2/:project_id/fgs/quotas', (c) => {
    const used = usage(deps);
    const resources = (Object.keys(LOCAL_QUOTAS) as QuotaType[]).map((type) => ({
      quota: LOCAL_QUOTAS[type],
      used: used[type],
      type,
      ...(type === 'fgs_func_code_size' ? { unit: 'MB' } : {}),
    }));
    return c.json({ quotas: { resources } });
  });
}
