/**
 * zod schemas of the sub-objects of a function's config (seed T7-177–T7-185, T7-191) and of its env strings,
 * with the limits of api-digest §2.1 and §5.3. Used by function-schemas.ts.
 */
import { z } from 'zod';

const ENV_MAX_KEYS = 20;
/** api-digest §7 #15: enforce the field docs' 4 KB, answer with FSS.1018. */
const ENV_MAX_BYTES = 4096;

export function stripNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

export const fss = (code: string, status?: number) => ({
  params: status ? { fss: code, status } : { fss: code },
});

/** `user_data` / `encrypted_user_data`: a JSON object of string values, serialised as a string (seed T7-176). */
export const envString = z.string().superRefine((text, ctx) => {
  if (text === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object serialised as a string' });
    return;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object of name/value pairs' });
    return;
  }
  const entries = Object.entries(parsed);
  if (entries.length > ENV_MAX_KEYS) {
    ctx.addIssue({
      code: 'custom',
      message: `at most ${String(ENV_MAX_KEYS)} variables`,
      ...fss('FSS.1017'),
    });
    return;
  }
  if (Buffer.byteLength(text) > ENV_MAX_BYTES) {
    ctx.addIssue({ code: 'custom', message: `at most ${String(ENV_MAX_BYTES)} bytes`, ...fss('FSS.1018') });
    return;
  }
  for (const [key, v] of entries) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/.test(key))
      ctx.addIssue({ code: 'custom', message: `variable name "${key.slice(0, 40)}" is invalid` });
    else if (typeof v !== 'string' || v.includes('\0'))
      ctx.addIssue({ code: 'custom', message: `value of "${key}" must be a string` });
  }
});

export const mountId = z
  .union([
    z.int(),
    z
      .string()
      .regex(/^-?\d{1,5}$/)
      .transform(Number),
  ])
  .refine((n) => n >= -1 && n <= 65534 && n !== 0 && n !== 1000 && n !== 1002, {
    error: 'must be a non-zero integer from -1 to 65534, not 1000 or 1002',
    ...fss('FSS.1075'),
  });

export const funcVpc = z.looseObject({
  vpc_id: z.string().min(1).max(64),
  subnet_id: z.string().min(1).max(64),
  vpc_name: z.string().max(64).optional(),
  subnet_name: z.string().max(64).optional(),
  cidr: z.string().max(64).optional(),
  gateway: z.string().max(64).optional(),
  security_groups: z.array(z.string().max(64)).max(10).optional(),
});

export const mountConfig = z.object({
  mount_user: z.object({ user_id: mountId, user_group_id: mountId }),
  func_mounts: z
    .array(
      z
        .object({
          mount_type: z.enum(['sfs', 'sfsTurbo', 'ecs']),
          mount_resource: z.string().min(1).max(128),
          mount_share_path: z.string().max(256).optional(),
          local_mount_path: z.string().regex(/^\/[^\0]{0,255}$/),
        })
        .refine((m) => m.mount_type !== 'ecs' || Boolean(m.mount_share_path), {
          error: 'mount_share_path is required for ecs mounts',
        }),
    )
    // A refinement, not .max(): zod keeps `params` (the FSS code) only on custom issues.
    .refine((mounts) => mounts.length <= 5, { error: 'at most 5 mounts', ...fss('FSS.1049', 403) }),
});

export const strategyConfig = z.object({
  concurrency: z.int().min(-1).max(1000),
  concurrent_num: z.int().min(1).max(1000).optional(),
});

export const customImage = z.object({
  enabled: z.boolean().optional(),
  image: z.string().max(512).optional(),
  command: z.string().max(1024).optional(),
  args: z.string().max(1024).optional(),
  working_dir: z.string().max(512).optional(),
  uid: z.string().max(16).optional(),
  gid: z.string().max(16).optional(),
});

export const logConfig = z.object({
  group_name: z.string().max(64).optional(),
  group_id: z.string().max(64).optional(),
  stream_name: z.string().max(64).optional(),
  stream_id: z.string().max(64).optional(),
});

export const networkController = z.object({
  disable_public_network: z.boolean().optional(),
  trigger_access_vpcs: z
    .array(z.object({ vpc_name: z.string().max(64).optional(), vpc_id: z.string().max(64).optional() }))
    .max(10)
    .optional(),
});
