/**
 * Resource tags, seed 7.6.9 and 7.6.13–7.6.16, at `/v2/{project_id}/{resource_type}/…` (no `/fgs`).
 * `resource_type` must be `functions`; `resource_id` is the function URN. The enterprise project is reported as
 * the system tag `_sys_enterprise_project_id` (api-digest §2.22).
 */
import type { Context, Next } from 'hono';
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import type { FunctionRow } from '../store/function-schema';
import { requireFunction } from '../store/function-store';
import { parseJsonBody } from './validation';

export const TAG_LIMIT = 20;
const SYS_EP_KEY = '_sys_enterprise_project_id';

const tagKey = z
  .string()
  .min(1)
  .max(128)
  .regex(
    /^[^\s_=,*<>\\|/][^=,*<>\\|/]*$/u,
    'letters, digits, spaces and _.:+-@ (not starting with _ or a space)',
  )
  .refine((k) => k.trim() === k, 'no leading or trailing spaces');
const tagValue = z
  .string()
  .max(255)
  .regex(/^[^=,*<>\\|/]*$/u, 'must not contain = , * < > \\ | /');

const kv = z.object({ key: tagKey, value: tagValue });

const sysTagList = z
  .array(z.object({ key: z.string().max(128), value: z.string().max(255).optional() }))
  .max(10)
  .optional();
const createTagsBody = z.object({
  action: z.literal('create').optional(),
  tags: z.array(kv).min(1).max(TAG_LIMIT),
  sys_tags: sysTagList,
});
const deleteTagsBody = z.object({
  action: z.literal('delete').optional(),
  tags: z
    .array(kv.partial({ value: true }))
    .min(1)
    .max(TAG_LIMIT),
  sys_tags: sysTagList,
});

const instancesBody = z.object({
  without_any_tag: z.boolean().optional(),
  // String in the seed table (T7-332), a number in its request example: accept both.
  limit: z.union([z.string().regex(/^\d{1,4}$/), z.int().min(0).max(1000)]).optional(),
  offset: z.union([z.string().regex(/^\d{1,9}$/), z.int().min(0).max(999_999_999)]).optional(),
  action: z.enum(['filter', 'count']).optional(),
  matches: z
    .array(z.object({ key: z.string().max(64), value: z.string().max(255) }))
    .max(10)
    .optional(),
  /** Not in the seed table but the TMS convention the console uses: `[{key, values[]}]`. */
  tags: z
    .array(z.object({ key: tagKey, values: z.array(tagValue).max(20) }))
    .max(20)
    .optional(),
  sys_tags: z
    .array(z.object({ key: z.string().max(128), values: z.array(z.string().max(255)).max(20) }))
    .max(10)
    .optional(),
});

/**
 * Wraps a tag handler: `{resource_type}` = `fgs` falls through to the `/fgs` routes (never shadow them), any
 * other type than `functions` is refused.
 */
function functionsOnly(handler: (c: Context) => Response | Promise<Response>) {
  return async (c: Context, next: Next): Promise<Response | undefined> => {
    const type = c.req.param('resource_type');
    if (type === 'fgs') {
      await next();
      return undefined;
    }
    if (type !== 'functions')
      throw new HttpError(
        400,
        'FSS.0400',
        `Invalid parameter. resource_type must be "functions", not "${String(type).slice(0, 40)}".`,
      );
    return handler(c);
  };
}

function sysTags(deps: LocalDeps, func: FunctionRow) {
  const latest = deps.functions.getVersion(func.id, 'latest');
  const ep = latest ? deps.functions.configOf(latest).enterprise_project_id : '0';
  return [{ key: SYS_EP_KEY, value: ep }];
}

function resourceFunction(deps: LocalDeps, c: Context): FunctionRow {
  return requireFunction(deps, c.req.param('resource_id') ?? '').func;
}

export function registerTagRoutes(app: LocalHono, deps: LocalDeps): void {
  const t = '/v2/:project_id/:resource_type';

  app.get(
    `${t}/tags`,
    functionsOnly((c) => {
      const grouped = new Map<string, Set<string>>();
      for (const tag of deps.functions.allTags()) {
        const values = grouped.get(tag.key) ?? new Set<string>();
        values.add(tag.value);
        grouped.set(tag.key, values);
      }
      const eps = new Set(
        deps.functions
          .listFunctions({ offset: 0, limit: 1_000_000 })
          .items.map(({ version }) => deps.functions.configOf(version).enterprise_project_id),
      );
      return c.json({
        tags: [...grouped].map(([key, values]) => ({ key, values: [...values] })),
        sys_tags: eps.size ? [{ key: SYS_EP_KEY, values: [...eps] }] : [],
      });
    }),
  );

  app.get(
    `${t}/:resource_id/tags`,
    functionsOnly((c) => {
      const func = resourceFunction(deps, c);
      return c.json({ tags: deps.functions.tagsOf(func.id), sys_tags: sysTags(deps, func) });
    }),
  );

  app.post(
    `${t}/:resource_id/tags/create`,
    functionsOnly(async (c) => {
      const func = resourceFunction(deps, c);
      const body = await parseJsonBody(c, createTagsBody);
      const keys = body.tags.map((tag) => tag.key);
      if (new Set(keys).size !== keys.length)
        throw new HttpError(400, 'FSS.0400', 'Invalid parameter. Duplicate tag keys.');
      deps.functions.setTags(func, body.tags, TAG_LIMIT);
      return c.body(null, 204);
    }),
  );

  app.delete(
    `${t}/:resource_id/tags/delete`,
    functionsOnly(async (c) => {
      const func = resourceFunction(deps, c);
      const body = await parseJsonBody(c, deleteTagsBody);
      deps.functions.deleteTags(
        func,
        body.tags.map((tag) => tag.key),
      );
      return c.body(null, 204);
    }),
  );

  app.post(
    `${t}/resource-instances/:action`,
    functionsOnly(async (c) => {
      const action = c.req.param('action');
      if (action !== 'filter' && action !== 'count')
        throw new HttpError(400, 'FSS.0400', 'Invalid parameter. action must be filter or count.');
      const body = await parseJsonBody(c, instancesBody);
      const name = body.matches?.find((m) => m.key === 'resource_name')?.value;
      const all = deps.functions.listFunctions({ offset: 0, limit: 1_000_000 }).items.map(({ func }) => ({
        func,
        tags: deps.functions.tagsOf(func.id),
        sys: sysTags(deps, func),
      }));
      const selected = all.filter(({ func, tags, sys }) => {
        if (body.without_any_tag === true && tags.length > 0) return false;
        if (name !== undefined && !func.name.includes(name)) return false;
        for (const want of body.tags ?? []) {
          const have = tags.find((tag) => tag.key === want.key);
          if (!have || (want.values.length > 0 && !want.values.includes(have.value))) return false;
        }
        for (const want of body.sys_tags ?? []) {
          const have = sys.find((tag) => tag.key === want.key);
          if (!have || (want.values.length > 0 && !want.values.includes(have.value))) return false;
        }
        return true;
      });
      if (action === 'count') return c.json({ total_count: selected.length });
      const offset = Number(body.offset ?? 0);
      const limit = Math.min(Number(body.limit ?? 1000) || 1000, 1000);
      return c.json({
        resources: selected.slice(offset, offset + limit).map(({ func, tags, sys }) => ({
          resource_id: func.id,
          resource_detail: { detailId: formatFunctionUrn(deps.functions.functionIdentity(func)) },
          tags,
          sys_tags: sys,
          resource_name: func.name,
        })),
        total_count: selected.length,
      });
    }),
  );
}
