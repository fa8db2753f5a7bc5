/**
 * Code and configuration of a function: seed 7.6.4/7.6.5 (code), 7.6.6/7.6.7 (config), 7.6.8 (max instances).
 * Only `latest` is editable; published versions are immutable except their max-instance setting.
 */
import { attachedDependencies, requireDependencyVersions } from '../dependencies/dependency-view';
import type { LocalDeps, LocalHono } from '../deps';
import type { FunctionRow, VersionRow } from '../store/function-schema';
import { requireFunction } from '../store/function-store';
import type { ResolvedFunction } from '../store/function-store';
import type { FunctionConfig } from '../store/function-types';
import { prepareCode } from './code-package';
import { maxInstanceSchema, updateCodeSchema, updateConfigSchema } from './function-schemas';
import type { UpdateConfigRequest } from './function-schemas';
import { functionView, versionUrn } from './function-view';
import { functionUrnParam } from './routes';
import { badRequest, parseJsonBody } from './validation';

function requireLatest(resolved: ResolvedFunction): void {
  if (resolved.version.version !== 'latest')
    throw badRequest(
      'FSS.1015',
      `Version ${resolved.version.version} is published and immutable; modify latest and publish a new version.`,
    );
}

/** seed T7-191: v1 functions allow concurrency 0 or −1 only. */
function checkConcurrency(type: string, concurrency: number): void {
  if (type === 'v1' && concurrency !== 0 && concurrency !== -1)
    throw badRequest('FSS.1026', 'v1 functions accept only 0 (disabled) or -1 (unlimited).');
}

/**
 * encrypted_user_data round-trip: reads return names with empty values, so an empty value for a name that
 * already exists keeps the stored secret; absent keeps everything; "" clears.
 */
export function mergeSecrets(previous: string | undefined, next: string | undefined): string | undefined {
  if (next === undefined) return previous;
  if (next === '' || !previous) return next || undefined;
  const old = JSON.parse(previous) as Record<string, string>;
  const incoming = JSON.parse(next) as Record<string, string>;
  const merged = Object.fromEntries(
    Object.entries(incoming).map(([k, v]) => [k, v === '' && k in old ? (old[k] ?? '') : v]),
  );
  return JSON.stringify(merged);
}

/** seed 7.6.7 is a full replace of the settable config; `type`, dependencies and, if absent, strategy stay. */
export function configFromUpdate(previous: FunctionConfig, body: UpdateConfigRequest): FunctionConfig {
  const { func_name: _name, encrypted_user_data: secrets, ...rest } = body;
  const config: FunctionConfig = {
    ...rest,
    type: previous.type,
    enterprise_project_id: body.enterprise_project_id ?? previous.enterprise_project_id,
    strategy_config: body.strategy_config ?? previous.strategy_config,
  };
  if (previous.depend_version_list) config.depend_version_list = previous.depend_version_list;
  const merged = mergeSecrets(previous.encrypted_user_data, secrets);
  if (merged !== undefined) config.encrypted_user_data = merged;
  return config;
}

function codeView(deps: LocalDeps, func: FunctionRow, version: VersionRow) {
  const config = deps.functions.configOf(version);
  // The seed returns func_code empty; the local server returns the package (base64) so editors need no OBS link.
  const file = version.code_digest ? deps.blobs.readBlob(version.code_digest).toString('base64') : '';
  return {
    func_urn: versionUrn(deps, func, version.version),
    func_name: func.name,
    domain_id: deps.domainId,
    runtime: config.runtime,
    code_type: version.code_type,
    code_url: version.code_url,
    code_filename: version.code_filename,
    code_size: version.code_size,
    digest: version.code_digest,
    last_modified: version.last_modified,
    func_code: { file, link: '' },
    depend_version_list: config.depend_version_list ?? [],
    strategy_config: config.strategy_config,
    ...attachedDependencies(deps, config.depend_version_list),
  };
}

export function registerCodeConfigRoutes(app: LocalHono, deps: LocalDeps): void {
  const f = '/v2/:project_id/fgs/functions/:function_urn';

  app.get(`${f}/code`, (c) => {
    const { func, version } = requireFunction(deps, functionUrnParam(c));
    return c.json(codeView(deps, func, version));
  });

  app.put(`${f}/code`, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, updateCodeSchema);
    requireLatest(resolved);
    for (const guard of deps.hooks.updateGuards) guard({ functionId: resolved.func.id, what: 'code' });
    const config = deps.functions.configOf(resolved.version);
    if (config.runtime === 'Custom Image')
      throw badRequest(
        'FSS.1006',
        'Custom Image functions change their image through the config (custom_image).',
      );
    const code = await prepareCode(deps, {
      codeType: body.code_type,
      codeUrl: body.code_url,
      codeFilename: body.code_filename,
      file: body.func_code.file,
    });
    requireDependencyVersions(deps, body.depend_version_list);
    const next: FunctionConfig = { ...config };
    if (body.depend_version_list) next.depend_version_list = body.depend_version_list;
    const version = deps.functions.updateCode(resolved.func, code, next);
    return c.json(codeView(deps, resolved.func, version));
  });

  app.get(`${f}/config`, (c) => {
    const { func, version } = requireFunction(deps, functionUrnParam(c));
    return c.json(functionView(deps, func, version, 'get'));
  });

  app.put(`${f}/config`, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, updateConfigSchema);
    requireLatest(resolved);
    for (const guard of deps.hooks.updateGuards) guard({ functionId: resolved.func.id, what: 'config' });
    if (body.func_name !== resolved.func.name)
      throw badRequest(
        'FSS.1002',
        `func_name must be the function's name (${resolved.func.name}); it cannot change.`,
      );
    const previous = deps.functions.configOf(resolved.version);
    const image = (runtime: string) => runtime === 'Custom Image';
    if (image(previous.runtime) !== image(body.runtime))
      throw badRequest(
        'FSS.1005',
        'The runtime cannot change between Custom Image and code-package runtimes.',
      );
    const config = configFromUpdate(previous, body);
    checkConcurrency(config.type, config.strategy_config.concurrency);
    const version = deps.functions.updateConfig(resolved.func, config);
    return c.json(functionView(deps, resolved.func, version, 'update'));
  });

  app.put(`${f}/config-max-instance`, async (c) => {
    const resolved = requireFunction(deps, functionUrnParam(c));
    const body = await parseJsonBody(c, maxInstanceSchema);
    const config = deps.functions.configOf(resolved.version);
    checkConcurrency(config.type, body.max_instance_num);
    const next: FunctionConfig = {
      ...config,
      strategy_config: { ...config.strategy_config, concurrency: body.max_instance_num },
    };
    const version = deps.functions.updateConfig(resolved.func, next, resolved.version.version);
    return c.json(functionView(deps, resolved.func, version, 'maxInstance'));
  });
}
