/**
 * MSW handlers for seed 7.3 dependencies over `mockDb.dependencies`, answering as the local FunctionGraph does
 * (server/local/http/routes-dependencies.ts): latest version per dependency in the list, numbered versions,
 * 404 FSS.1056 for an unknown dependency or version, 412 FSS.1440 for a version a function uses.
 */
import { http, HttpResponse } from 'msw';
import { RUNTIMES } from '@/api/contract/functions';
import type { Dependency, ListDependenciesResponse } from '@/features/dependencies/api/types';
import { mockDb } from './mock-db';

const DEPS = '/api/connections/:connectionId/v2/:projectId/fgs/dependencies';
const NAME = /^[A-Za-z](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9])?$/;

const fssError = (status: number, code: string, message: string) =>
  HttpResponse.json({ error_code: code, error_msg: message }, { status });

function page(items: Dependency[], url: URL): ListDependenciesResponse {
  const marker = Number(url.searchParams.get('marker') ?? '0');
  const size = Math.min(Number(url.searchParams.get('maxitems') ?? '400') || 400, 400);
  const slice = items.slice(marker, marker + size);
  return { dependencies: slice, next_marker: marker + slice.length, count: items.length };
}

function latestPerDependency(): Dependency[] {
  const latest = new Map<string, Dependency>();
  for (const v of mockDb.dependencies) {
    const key = v.dep_id ?? v.id;
    const seen = latest.get(key);
    if (!seen || v.version > seen.version) latest.set(key, v);
  }
  // seed T7-41: a list item's `id` is the dependency's; it has no `dep_id`.
  return [...latest.values()].map(({ dep_id: depId, ...v }) => ({ ...v, id: depId ?? v.id }));
}

const versionsOf = (depId: string) =>
  mockDb.dependencies.filter((v) => v.dep_id === depId).sort((a, b) => a.version - b.version);

const usedBy = (versionId: string) =>
  Object.values(mockDb.code).filter((c) => c.depend_version_list.includes(versionId)).length;

interface CreateBody {
  depend_type?: string;
  depend_file?: string;
  runtime?: string;
  name?: string;
  description?: string;
}

export const dependencyHandlers = [
  http.get(DEPS, ({ request }) => {
    const url = new URL(request.url);
    const type = url.searchParams.get('dependency_type') ?? 'all';
    const runtime = url.searchParams.get('runtime');
    const name = url.searchParams.get('name');
    const items = latestPerDependency().filter(
      (d) =>
        (type === 'all' || (type === 'public') === (d.owner === 'public')) &&
        (!runtime || d.runtime === runtime) &&
        (!name || d.name.includes(name)),
    );
    return HttpResponse.json(page(items, url));
  }),
  http.post(`${DEPS}/version`, async ({ request }) => {
    const body = (await request.json()) as CreateBody;
    if (body.depend_type !== 'zip' && body.depend_type !== 'obs')
      return fssError(400, 'FSS.1032', 'depend_type must be zip or obs');
    if (!body.name || !NAME.test(body.name)) return fssError(400, 'FSS.1024', 'Invalid dependency.');
    if (!(RUNTIMES as readonly string[]).includes(body.runtime ?? ''))
      return fssError(400, 'FSS.1005', 'Invalid runtime.');
    if ((body.description ?? '').length > 512) return fssError(400, 'FSS.1019', 'Invalid description.');
    if (body.depend_type === 'zip' && !body.depend_file?.startsWith('UEs'))
      return fssError(400, 'FSS.1024', 'depend_file is not a zip file');
    const existing = mockDb.dependencies.find((v) => v.name === body.name);
    const depId = existing?.dep_id ?? `dep-${String(mockDb.dependencies.length + 1)}-${body.name}`;
    const version = Math.max(0, ...versionsOf(depId).map((v) => v.version)) + 1;
    const created: Dependency = {
      id: `${depId}-v${String(version)}`,
      dep_id: depId,
      owner: 'local-domain',
      link: '',
      runtime: body.runtime ?? '',
      etag: 'f'.repeat(32),
      size: Math.floor(((body.depend_file ?? '').length * 3) / 4),
      name: body.name,
      description: body.description ?? '',
      file_name: `${body.name}.zip`,
      version,
      last_modified: Math.floor(Date.UTC(2026, 1, 1) / 1000),
    };
    mockDb.dependencies.push(created);
    return HttpResponse.json(created);
  }),
  http.get(`${DEPS}/:depId/version`, ({ request, params }) => {
    const versions = versionsOf(String(params.depId));
    if (versions.length === 0) return fssError(404, 'FSS.1056', 'The dependency does not exist.');
    return HttpResponse.json(
      page(
        versions.map((v) => ({ ...v, is_shared: false })),
        new URL(request.url),
      ),
    );
  }),
  http.delete(`${DEPS}/:depId/version/:version`, ({ params }) => {
    const row = versionsOf(String(params.depId)).find((v) => String(v.version) === params.version);
    if (!row) return fssError(404, 'FSS.1056', 'The dependency version does not exist.');
    const users = usedBy(row.id);
    if (users > 0)
      return fssError(
        412,
        'FSS.1440',
        `Specified dependency version is used by ${String(users)} functions, please delete the function or the relation at first.`,
      );
    mockDb.dependencies = mockDb.dependencies.filter((v) => v !== row);
    return new HttpResponse(null, { status: 204 });
  }),
];
