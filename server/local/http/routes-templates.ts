/**
 * Seed 7.10 function templates: `GET P/templates` (filters `runtime`, `scene`, `service`, `ispublic`; paging
 * `marker`/`maxitems`; response `{func_templates, next_marker}` with no `count`) and `GET P/templates/{id}`
 * (404 FSS.1059). All local templates are public.
 */
import { z } from 'zod';
import { HttpError } from '../../shared/errors';
import type { LocalDeps, LocalHono } from '../deps';
import { loadTemplates } from '../templates/catalog';
import { parseQuery } from './validation';

const listQuery = z.object({
  marker: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  maxitems: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional(),
  ispublic: z.enum(['true', 'false']).optional(),
  runtime: z.string().max(64).optional(),
  scene: z.string().max(64).optional(),
  service: z.string().max(64).optional(),
});

/** `runtime=Node.js` matches every Node.js version; a full name (`Python3.9`) matches exactly. */
function runtimeMatches(runtime: string, filter: string): boolean {
  const r = runtime.toLowerCase();
  const f = filter.toLowerCase();
  return /\d$/.test(f) ? r === f : r.startsWith(f);
}

export function registerTemplateRoutes(app: LocalHono, _deps: LocalDeps): void {
  app.get('/v2/:project_id/fgs/templates', (c) => {
    const query = parseQuery(c, listQuery);
    const matching = loadTemplates().filter(
      (t) =>
        query.ispublic !== 'false' &&
        (query.runtime === undefined || query.runtime === '' || runtimeMatches(t.runtime, query.runtime)) &&
        (query.scene === undefined || query.scene === '' || t.scene === query.scene) &&
        (query.service === undefined ||
          query.service === '' ||
          t.service.toLowerCase() === query.service.toLowerCase()),
    );
    const marker = Number(query.marker ?? '0');
    const maxitems = Math.min(Number(query.maxitems ?? '400') || 400, 400);
    const page = matching.slice(marker, marker + maxitems);
    return c.json({ func_templates: page, next_marker: marker + page.length });
  });

  app.get('/v2/:project_id/fgs/templates/:template_id', (c) => {
    const template = loadTemplates().find((t) => t.id === c.req.param('template_id'));
    if (!template) throw new HttpError(404, 'FSS.1059', 'The function template does not exist.');
    return c.json(template);
  });
}
