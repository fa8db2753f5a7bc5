/**
 * Aliases, seed 7.7.1–7.7.5. Canary routing by weight (`additional_version_weights`, 0–100 each, sum ≤ 100) or by
 * header rules (`additional_version_strategy`), api-digest §2.9.
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { formatAliasUrn } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import type { AliasRow, FunctionRow } from '../store/function-schema';
import { requireFunction } from '../store/function-store';
import type { AliasInput } from '../store/function-types';
import { formatTimestamp } from '../store/stamps';
import { functionUrnParam } from './routes';
import { badRequest, parseJsonBody } from './validation';

export const ALIAS_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
export const ALIAS_LIMIT = 10;
const CODES = { name: 'FSS.1014', version: 'FSS.1015', description: 'FSS.1019' };

const versionKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,41}$/, 'not a version name');

const strategySchema = z.object({
  combine_type: z.enum(['and', 'or']),
  rules: z
    .array(
      z.object({
        rule_type: z.literal('Header'),
        param: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ or -'),
        op: z.enum(['=', 'in']),
        value: z.string().min(1).max(1024),
      }),
    )
    .min(1)
    .max(10),
});

const aliasFields = {
  version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,41}$/, 'not a version name'),
  description: z.string().max(512).optional(),
  additional_version_weights: z
    .record(versionKey, z.int().min(0).max(100))
    .refine((w) => Object.values(w).reduce((a, b) => a + b, 0) <= 100, 'the weights add up to more than 100')
    .optional(),
  additional_version_strategy: z.record(versionKey, strategySchema).optional(),
};

const createSchema = z.object({
  name: z
    .string()
    .regex(ALIAS_NAME, 'must start with a letter; letters, digits, _ or -; at most 63 characters')
    .refine((n) => n !== 'latest', 'latest is reserved'),
  ...aliasFields,
});
const updateSchema = z.object(aliasFields);

/** FSS.1093: the main version cannot also be an additional version. */
function checkAdditional(input: AliasInput): void {
  const extra = [
    ...Object.keys(input.additional_version_weights ?? {}),
    ...Object.keys(input.additional_version_strategy ?? {}),
  ];
  if (extra.includes(input.version))
    throw badRequest('FSS.1093', `Version ${input.version} is the major version of the alias.`);
}

function toInput(name: string, body: z.output<typeof updateSchema>): AliasInput {
  const input: AliasInput = { name, version: body.version };
  if (body.description !== undefined) input.description = body.description;
  if (body.additional_version_weights) input.additional_version_weights = body.additional_version_weights;
  if (body.additional_version_strategy) input.additional_version_strategy = body.additional_version_strategy;
  return input;
}

export function aliasView(deps: LocalDeps, func: FunctionRow, alias: AliasRow) {
  return {
    name: alias.name,
    version: alias.version,
    description: alias.description,
    last_modified: alias.last_modified,
    alias_urn: formatAliasUrn(deps.functions.functionIdentity(func), alias.name),
    additional_version_weights: JSON.parse(alias.additional_version_weights ?? '{}') as unknown,
    additional_version_strategy: JSON.parse(alias.additional_version_strategy ?? '{}') as unknown,
  };
}

function stamp(deps: LocalDeps): string {
  return formatTimestamp(deps.now());
}

export function registerAliasRoutes(app: LocalHono, deps: LocalDeps): void {
  const path = '/v2/:project_id/fgs/functions/:function_urn/aliases';

  app.get(path, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    return c.json(deps.functions.aliasesOf(func.id).map((alias) => aliasView(deps, func, alias)));
  });

  app.post(path, async (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, createSchema, CODES);
    const input = toInput(body.name, body);
    checkAdditional(input);
    const alias = deps.functions.createAlias(func, input, stamp(deps), ALIAS_LIMIT);
    return c.json(aliasView(deps, func, alias));
  });

  app.get(`${path}/:alias_name`, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const alias = deps.functions.getAlias(func.id, c.req.param('alias_name'));
    if (!alias) throw notFound(c.req.param('alias_name'));
    return c.json(aliasView(deps, func, alias));
  });

  app.put(`${path}/:alias_name`, async (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const name = c.req.param('alias_name');
    if (!deps.functions.getAlias(func.id, name)) throw notFound(name);
    const body = await parseJsonBody(c, updateSchema, CODES);
    const input = toInput(name, body);
    checkAdditional(input);
    return c.json(aliasView(deps, func, deps.functions.updateAlias(func, input, stamp(deps))));
  });

  app.delete(`${path}/:alias_name`, (c) => {
    const { func } = requireFunction(deps, functionUrnParam(c));
    const name = c.req.param('alias_name');
    if (!deps.functions.getAlias(func.id, name)) throw notFound(name);
    for (const guard of deps.hooks.aliasDeleteGuards) guard({ functionId: func.id, alias: name });
    deps.functions.deleteAlias(func, name);
    return c.body(null, 204);
  });
}

function notFound(name: string): HttpError {
  return new HttpError(404, 'FSS.1053', `The alias does not exist: ${name.slice(0, 100)}`);
}
