/**
 * Dependency create/update request (seed 7.3.2/7.3.3/7.3.9 T7-48/T7-58/T7-103, api-digest §2.17).
 * `zip` packages come inline as base64 (≤ 40 MB) and must be real zip files; `obs` packages are a link the
 * local server records but cannot download (no OBS locally), so they have no content for the runtime.
 */
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { RUNTIMES } from '../http/function-schemas';

export const MAX_DEPENDENCY_BYTES = 40 * 1024 * 1024;

/** Seed 7.3.3 `name`: starts with a letter, ends with a letter or digit; letters, digits, `_`, `.`, `-`; ≤ 96. */
export const DEPENDENCY_NAME = /^[A-Za-z](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9])?$/;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const dependencyRequestSchema = z
  .object({
    depend_type: z.enum(['zip', 'obs'], { error: 'depend_type must be zip or obs' }),
    depend_file: z
      .string()
      .max(Math.ceil((MAX_DEPENDENCY_BYTES * 4) / 3) + 4)
      .optional(),
    depend_link: z.string().max(2048).optional(),
    runtime: z.enum(RUNTIMES),
    name: z.string().regex(DEPENDENCY_NAME, 'name: letters, digits, _ . -, starting with a letter, max 96'),
    description: z.string().max(512).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.depend_type === 'zip') {
      if (!value.depend_file || !BASE64.test(value.depend_file)) {
        ctx.addIssue({
          code: 'custom',
          path: ['depend_file'],
          message: 'depend_file must be the base64 of a zip file',
        });
        return;
      }
      const bytes = Buffer.from(value.depend_file, 'base64');
      try {
        unzipSync(bytes, { filter: () => false });
      } catch {
        ctx.addIssue({ code: 'custom', path: ['depend_file'], message: 'depend_file is not a zip file' });
      }
    } else if (!value.depend_link || !/^https?:\/\/\S+$/.test(value.depend_link)) {
      ctx.addIssue({ code: 'custom', path: ['depend_link'], message: 'depend_link must be an http(s) URL' });
    }
  });

export type DependencyRequest = z.output<typeof dependencyRequestSchema>;

export const DEPENDENCY_FIELD_CODES = {
  depend_type: 'FSS.1032',
  depend_file: 'FSS.1024',
  depend_link: 'FSS.1024',
  name: 'FSS.1024',
  runtime: 'FSS.1005',
  description: 'FSS.1019',
};
