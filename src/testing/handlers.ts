/**
 * Default MSW handlers: the console server's own routes over the in-memory mock db, and the read-only
 * FunctionGraph endpoints every function page calls (list, get config, versions, aliases, triggers). Feature
 * tests add handlers for the endpoints they exercise (`server.use(...)`); anything unhandled fails the test.
 */
import { http, HttpResponse } from 'msw';
import type { ListConnectionsResponse } from '@/api/contract/connections';
import type { FunctionConfig, ListFunctionsResponse } from '@/api/contract/functions';
import { dependencyHandlers } from './dependency-handlers';
import { mockDb } from './mock-db';
import type { MockCode } from './mock-db';

/** The proxy prefix of FunctionGraph calls: `/api/connections/{id}/v2/{project_id}/fgs`. */
export const FG = '/api/connections/:connectionId/v2/:projectId/fgs';

/** The function a (possibly qualified) URN names, or undefined. */
export function findFunction(urn: string): FunctionConfig | undefined {
  const unqualified = urn.split(':').slice(0, 7).join(':');
  return mockDb.functions.find((f) => f.func_urn === unqualified);
}

export const notFound = () =>
  HttpResponse.json(
    { error_code: 'FSS.1051', error_msg: 'The function does not exist.' },
    { status: 404, headers: { 'x-request-id': 'req-not-found' } },
  );

export const handlers = [
  http.get('/api/connections', () =>
    HttpResponse.json<ListConnectionsResponse>({ connections: mockDb.connections }),
  ),
  // seed 7.6.1: marker is an offset, maxitems ≤ 400.
  http.get(`${FG}/functions`, ({ request }) => {
    const url = new URL(request.url);
    const marker = Number(url.searchParams.get('marker') ?? '0');
    const max = Math.min(Number(url.searchParams.get('maxitems') ?? '400') || 400, 400);
    const page = mockDb.functions.slice(marker, marker + max);
    return HttpResponse.json<ListFunctionsResponse>({
      functions: page,
      next_marker: marker + page.length,
      count: mockDb.functions.length,
    });
  }),
  http.get(`${FG}/functions/:urn/config`, ({ params }) => {
    const urn = String(params.urn);
    const fn = findFunction(urn);
    if (!fn) return notFound();
    const qualifier = urn.split(':')[7] ?? 'latest';
    return HttpResponse.json({ ...fn, func_urn: `${fn.func_urn}:${qualifier}`, version: qualifier });
  }),
  http.get(`${FG}/functions/:urn/versions`, ({ params }) => {
    const fn = findFunction(String(params.urn));
    if (!fn) return notFound();
    const versions = [{ version: 'latest' }, ...(mockDb.versions[fn.func_urn] ?? [])];
    return HttpResponse.json({ versions, next_marker: versions.length, count: versions.length });
  }),
  http.get(`${FG}/functions/:urn/aliases`, ({ params }) => {
    const fn = findFunction(String(params.urn));
    if (!fn) return notFound();
    return HttpResponse.json(mockDb.aliases[fn.func_urn] ?? []);
  }),
  // seed 7.6.14 (not under /fgs): every function with its tags, 1000 per page.
  http.post('/api/connections/:connectionId/v2/:projectId/functions/resource-instances/filter', () =>
    HttpResponse.json({
      resources: mockDb.functions.map((f) => ({
        resource_id: f.func_urn,
        resource_detail: { detailId: f.func_urn },
        tags: mockDb.tags[f.func_urn] ?? [],
        resource_name: f.func_name,
      })),
      total_count: mockDb.functions.length,
    }),
  ),
  // Optional per-function settings: "not configured" answers (seed 7.15.1 FSS.1086, 7.5.1 FSS.0404).
  http.get(`${FG}/functions/:urn/async-invoke-config`, () =>
    HttpResponse.json(
      { error_code: 'FSS.1086', error_msg: 'Async invoke config not found.' },
      { status: 404 },
    ),
  ),
  http.get(`${FG}/functions/:urn/tracing`, () =>
    HttpResponse.json({ error_code: 'FSS.0404', error_msg: 'can not find tracing aksk' }, { status: 404 }),
  ),
  http.get('/api/connections/:connectionId/v2/:projectId/functions/:urn/tags', ({ params }) =>
    HttpResponse.json({ tags: mockDb.tags[String(params.urn)] ?? [], sys_tags: [] }),
  ),
  http.get(`${FG}/functions/reservedinstances`, () =>
    HttpResponse.json({ reservedinstances: [], page_info: { next_marker: 0 }, count: 0 }),
  ),
  http.get(`${FG}/triggers/:urn`, ({ params }) => {
    const fn = findFunction(String(params.urn));
    if (!fn) return notFound();
    return HttpResponse.json(mockDb.triggers[fn.func_urn] ?? []);
  }),
  // Dashboard reads (seed 7.8.1, 7.8.2, 7.2.1): an idle tenant unless a test says otherwise.
  http.get(`${FG}/function/report`, () => HttpResponse.json({ values: [], next_marker: 0, count: 0 })),
  http.get(`${FG}/functions/statistics`, ({ request }) =>
    new URL(request.url).searchParams.get('filter') === 'monthly_report'
      ? HttpResponse.json({ count: [], gbs: [], gpu_gbs: [] })
      : HttpResponse.json({ statistics: { count: [], fail_count: [], duration: [] } }),
  ),
  http.get(`${FG}/quotas`, () =>
    HttpResponse.json({
      quotas: {
        resources: [
          { type: 'fgs_func_num', quota: 400, used: mockDb.functions.length, unit: '' },
          { type: 'fgs_func_code_size', quota: 20480, used: 0, unit: 'MB' },
        ],
      },
    }),
  ),
  // Code and test events of a function (seed 7.6.4, 7.4.1), empty by default.
  http.get(`${FG}/functions/:urn/code`, ({ params }) => {
    const fn = findFunction(String(params.urn));
    if (!fn) return notFound();
    return HttpResponse.json(codeView(fn, mockDb.code[fn.func_urn]));
  }),
  // seed 7.6.5: only latest changes; an absent depend_version_list keeps the attached dependencies.
  http.put(`${FG}/functions/:urn/code`, async ({ params, request }) => {
    const urn = String(params.urn);
    const fn = findFunction(urn);
    if (!fn) return notFound();
    if ((urn.split(':')[7] ?? 'latest') !== 'latest')
      return HttpResponse.json(
        { error_code: 'FSS.1015', error_msg: 'Published versions are immutable.' },
        { status: 400 },
      );
    const body = (await request.json()) as Partial<Omit<MockCode, 'file'>> & {
      func_code?: { file?: string };
    };
    const previous = mockDb.code[fn.func_urn];
    const code: MockCode = {
      code_type: body.code_type ?? 'zip',
      file: body.func_code?.file ?? '',
      depend_version_list: body.depend_version_list ?? previous?.depend_version_list ?? [],
    };
    if (body.code_filename) code.code_filename = body.code_filename;
    if (body.code_url) code.code_url = body.code_url;
    mockDb.code[fn.func_urn] = code;
    return HttpResponse.json(codeView(fn, code));
  }),
  http.get(`${FG}/functions/:urn/events`, ({ params }) =>
    findFunction(String(params.urn)) ? HttpResponse.json({ events: [], next_marker: 0 }) : notFound(),
  ),
  ...dependencyHandlers,
];

/** GET/PUT code's answer (seed 7.6.4): the config's code fields, the package and the dependency versions. */
function codeView(fn: FunctionConfig, code: MockCode | undefined) {
  return {
    ...fn,
    code_type: code?.code_type ?? fn.code_type,
    code_filename: code?.code_filename,
    code_url: code?.code_url,
    func_code: { file: code?.file ?? '', link: '' },
    depend_list: [],
    depend_version_list: code?.depend_version_list ?? [],
    // Like the local FunctionGraph, which does not resolve the versions (Huawei Cloud does).
    dependencies: [],
  };
}
