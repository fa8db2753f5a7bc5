/**
 * Seed 7.12 import/export. `GET F/export` (7.12.1): new style `?type=code|config` or old style `?code=true` /
 * `?config=true` (at least one true; the styles must not be mixed) — file formats in export-import/package-format.ts.
 * `POST P/functions/import` (7.12.2): creates the function from a base64 zip; 409 FSS.1061 when it exists,
 * 400 FSS.1023 when the file is too large. `import` is a literal segment under `/fgs/functions/`.
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import { FUNCTION_NAME_PATTERN, PACKAGE_NAME_PATTERN } from '../../shared/urn';
import type { LocalDeps, LocalHono } from '../deps';
import {
  bundle,
  exportedConfig,
  inferRuntime,
  PackageFormatError,
  unbundle,
} from '../export-import/package-format';
import { requireFunction } from '../store/function-store';
import { PACKAGE_LIMIT, prepareCode } from './code-package';
import { createFunctionSchema } from './function-schemas';
import { functionView } from './function-view';
import { functionUrnParam } from './routes';
import { configFromCreate } from './routes-functions';
import { badRequest, parseJsonBody, parseQuery, validate } from './validation';

const P = '/v2/:project_id/fgs/functions';
const bool = z.enum(['true', 'false']);
const exportQuery = z.object({
  config: bool.optional(),
  code: bool.optional(),
  type: z.enum(['code', 'config']).optional(),
});

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const importSchema = z.object({
  func_name: z.string().regex(FUNCTION_NAME_PATTERN, 'invalid function name'),
  file_name: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\]+$/, 'a file name, not a path'),
  file_type: z.literal('zip', { error: 'only zip files can be imported' }),
  file_code: z.string().min(1).regex(BASE64, 'file_code must be base64'),
  package: z.string().regex(PACKAGE_NAME_PATTERN, 'invalid package name').optional(),
});
const IMPORT_CODES = {
  func_name: 'FSS.1002',
  file_name: 'FSS.1013',
  file_type: 'FSS.1013',
  file_code: 'FSS.1011',
  package: 'FSS.1004',
};

export function registerImportExportRoutes(app: LocalHono, deps: LocalDeps): void {
  app.post(`${P}/import`, async (c) => {
    const body = await parseJsonBody(c, importSchema, IMPORT_CODES);
    const pkg = body.package ?? 'default';
    if (body.file_code.length > Math.ceil((PACKAGE_LIMIT * 4) / 3))
      throw new HttpError(400, 'FSS.1023', 'The imported file is too large (50 MB at most).');
    if (deps.functions.find(pkg, body.func_name))
      throw new HttpError(409, 'FSS.1061', `The function already exists: ${pkg}:${body.func_name}`);
    let imported;
    try {
      imported = unbundle(Buffer.from(body.file_code, 'base64'));
    } catch (error) {
      if (error instanceof PackageFormatError) throw badRequest('FSS.1011', error.message);
      throw error;
    }
    const inferred = imported.config ? undefined : inferRuntime(imported.code);
    if (!imported.config && !inferred)
      throw badRequest('FSS.1011', 'The zip has neither function.json nor an index.py/index.js to run.');
    const request = validate(createFunctionSchema, {
      memory_size: 128,
      timeout: 3,
      ...inferred,
      ...imported.config,
      func_name: body.func_name,
      package: pkg,
      code_type: 'zip',
      code_filename: body.file_name,
      func_code: { file: Buffer.from(imported.code).toString('base64') },
    });
    const code = await prepareCode(deps, {
      codeType: 'zip',
      codeFilename: body.file_name,
      file: request.func_code?.file,
    });
    const { func, version } = deps.functions.createFunction({
      package: pkg,
      name: body.func_name,
      config: configFromCreate(request),
      code,
    });
    return c.json(functionView(deps, func, version, 'create'));
  });

  app.get(`${P}/:function_urn/export`, (c) => {
    const { func, version } = requireFunction(deps, functionUrnParam(c));
    const query = parseQuery(c, exportQuery);
    if (query.type && (query.code || query.config))
      throw badRequest('FSS.1001', 'Use either type=code|config or code/config=true, not both.');
    const wantCode = query.type === 'code' || query.code === 'true';
    const wantConfig = query.type === 'config' || query.config === 'true';
    if (!wantCode && !wantConfig)
      throw badRequest('FSS.1001', 'Set type=code|config, or code=true and/or config=true.');
    const config = exportedConfig(
      func.name,
      func.package,
      deps.functions.configOf(version),
      version.code_filename,
    );
    if (!wantCode) return c.json(config);
    if (!version.code_digest)
      throw badRequest('FSS.0400', 'This function has no code package (container image).');
    const code = deps.blobs.readBlob(version.code_digest);
    const bytes = wantConfig ? bundle(config, code, version.code_filename) : code;
    const filename = `${func.name}${wantConfig ? '' : '-code'}.zip`;
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${filename}"`,
    });
  });
}
