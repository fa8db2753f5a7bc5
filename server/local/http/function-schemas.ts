/**
 * zod schemas of the function lifecycle requests (seed 7.6.2 T7-176, 7.6.5 T7-221, 7.6.7 T7-251, 7.6.8),
 * with the constraints of api-digest §2.0–§2.4 and §5.3. Field → FSS code mapping is in validation.ts.
 */
import { z } from 'zod';
import { FUNCTION_NAME_PATTERN, PACKAGE_NAME_PATTERN } from '../../shared/urn';

export const RUNTIMES = [
  'Java8',
  'Java11',
  'Node.js6.10',
  'Node.js8.10',
  'Node.js10.16',
  'Node.js12.13',
  'Node.js14.18',
  'Node.js16.17',
  'Node.js18.15',
  'Python2.7',
  'Python3.6',
  'Python3.9',
  'Python3.10',
  'Go1.x',
  'C#(.NET Core 2.1)',
  'C#(.NET Core 3.1)',
  'Custom',
  'PHP7.3',
  'http',
  'Custom Image',
  'Cangjie1.0',
] as const;

/** api-digest §2.0: chapter 7's 13 values plus 8192/10240 from chapter 2.1. */
export const MEMORY_SIZES = [
  128, 256, 512, 768, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 8192, 10240,
] as const;

export const CODE_TYPES = ['inline', 'zip', 'obs', 'jar', 'Custom-Image-Swr'] as const;

const ENV_MAX_KEYS = 20;
/** api-digest §7 #15: enforce the field docs' 4 KB, answer with FSS.1018. */
const ENV_MAX_BYTES = 4096;

const LANGUAGE_HANDLER = /^[^\s.][^\s]*\.[^\s.]+$/;
/** Node.js/Python: `<file path>.<function>`; the runtime loads the file and calls the export. */
const SCRIPT_HANDLER = /^[A-Za-z0-9_][A-Za-z0-9_\-./]*\.[A-Za-z_$][A-Za-z0-9_$]*$/;

export const isScriptRuntime = (runtime: string) =>
  runtime.startsWith('Node.js') || runtime.startsWith('Python');

/** api-digest §2.2/§7 #17: `.` required for language runtimes; `bootstrap`-style for Custom/http; `-` for images. */
export function handlerProblem(runtime: string, handler: string): string | undefined {
  if (handler.length < 1 || handler.length > 128) return 'must be 1-128 characters';
  if (runtime === 'Custom Image') return /^\S+$/.test(handler) ? undefined : 'must not contain spaces';
  if (runtime === 'Custom' || runtime === 'http' || runtime === 'Go1.x')
    return /^\S+$/.test(handler) ? undefined : 'must not contain spaces';
  if (handler.length < 3) return 'must be at least 3 characters (file.method)';
  if (isScriptRuntime(runtime))
    return SCRIPT_HANDLER.test(handler) ? undefined : 'must look like <file>.<function>, e.g. index.handler';
  return LANGUAGE_HANDLER.test(handler) ? undefined : 'must contain "." (xx.xx)';
}

function stripNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}

const fss = (code: string, status?: number) => ({ params: status ? { fss: code, status } : { fss: code } });

/** `user_data` / `encrypted_user_data`: a JSON object of string values, serialised as a string (seed T7-176). */
const envString = z.string().superRefine((text, ctx) => {
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

const mountId = z
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

const funcVpc = z.looseObject({
  vpc_id: z.string().min(1).max(64),
  subnet_id: z.string().min(1).max(64),
  vpc_name: z.string().max(64).optional(),
  subnet_name: z.string().max(64).optional(),
  cidr: z.string().max(64).optional(),
  gateway: z.string().max(64).optional(),
  security_groups: z.array(z.string().max(64)).max(10).optional(),
});

const mountConfig = z.object({
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

const strategyConfig = z.object({
  concurrency: z.int().min(-1).max(1000),
  concurrent_num: z.int().min(1).max(1000).optional(),
});

const customImage = z.object({
  enabled: z.boolean().optional(),
  image: z.string().max(512).optional(),
  command: z.string().max(1024).optional(),
  args: z.string().max(1024).optional(),
  working_dir: z.string().max(512).optional(),
  uid: z.string().max(16).optional(),
  gid: z.string().max(16).optional(),
});

const logConfig = z.object({
  group_name: z.string().max(64).optional(),
  group_id: z.string().max(64).optional(),
  stream_name: z.string().max(64).optional(),
  stream_id: z.string().max(64).optional(),
});

const networkController = z.object({
  disable_public_network: z.boolean().optional(),
  trigger_access_vpcs: z
    .array(z.object({ vpc_name: z.string().max(64).optional(), vpc_id: z.string().max(64).optional() }))
    .max(10)
    .optional(),
});

const handlerLike = z.string().max(128);

/** Fields shared by create (T7-176) and update-config (T7-251). */
const commonFields = {
  func_name: z
    .string()
    .regex(FUNCTION_NAME_PATTERN, 'must be 1-60 letters, digits, _ or -, start with a letter'),
  runtime: z.enum(RUNTIMES),
  timeout: z.int().min(3).max(259200),
  handler: z.string(),
  memory_size: z
    .int()
    .refine(
      (m) => (MEMORY_SIZES as readonly number[]).includes(m),
      `must be one of ${MEMORY_SIZES.join(', ')}`,
    ),
  gpu_memory: z.int().min(1024).max(16384).multipleOf(1024).optional(),
  gpu_type: z.string().max(64).optional(),
  user_data: envString.optional(),
  encrypted_user_data: envString.optional(),
  xrole: z.string().max(256).optional(),
  app_xrole: z.string().max(256).optional(),
  description: z.string().max(512).optional(),
  func_vpc: funcVpc.optional(),
  mount_config: mountConfig.optional(),
  custom_image: customImage.optional(),
  initializer_handler: handlerLike.optional(),
  initializer_timeout: z.int().min(0).max(300).optional(),
  pre_stop_handler: handlerLike.optional(),
  pre_stop_timeout: z.int().min(0).max(90).optional(),
  enterprise_project_id: z.string().max(64).optional(),
  log_config: logConfig.optional(),
  network_controller: networkController.optional(),
  is_stateful_function: z.boolean().optional(),
  enable_dynamic_memory: z.boolean().optional(),
  lts_custom_tag: z.record(z.string().max(128), z.string().max(255)).optional(),
};

type Common = {
  runtime: string;
  handler: string;
  gpu_memory?: number | undefined;
  initializer_handler?: string | undefined;
  initializer_timeout?: number | undefined;
  pre_stop_handler?: string | undefined;
  pre_stop_timeout?: number | undefined;
  custom_image?: { image?: string | undefined } | undefined;
};

/** Rules spanning several fields: handler per runtime, initializer/pre-stop pairs, GPU runtimes. */
function crossFieldRules(value: Common, ctx: z.core.$RefinementCtx): void {
  const handlerIssue = handlerProblem(value.runtime, value.handler);
  if (handlerIssue) ctx.addIssue({ code: 'custom', path: ['handler'], message: handlerIssue });
  if (value.initializer_handler) {
    if (!LANGUAGE_HANDLER.test(value.initializer_handler) && value.runtime !== 'Custom')
      ctx.addIssue({ code: 'custom', path: ['initializer_handler'], message: 'must look like xx.xx' });
    if (!value.initializer_timeout)
      ctx.addIssue({
        code: 'custom',
        path: ['initializer_timeout'],
        message: 'required (1-300) with initializer_handler',
      });
  } else if (value.initializer_timeout)
    ctx.addIssue({
      code: 'custom',
      path: ['initializer_handler'],
      message: 'required with initializer_timeout',
    });
  if (value.pre_stop_handler) {
    if (!LANGUAGE_HANDLER.test(value.pre_stop_handler) && value.runtime !== 'Custom')
      ctx.addIssue({ code: 'custom', path: ['pre_stop_handler'], message: 'must look like xx.xx' });
    if (!value.pre_stop_timeout)
      ctx.addIssue({
        code: 'custom',
        path: ['pre_stop_timeout'],
        message: 'required (1-90) with pre_stop_handler',
      });
  } else if (value.pre_stop_timeout)
    ctx.addIssue({ code: 'custom', path: ['pre_stop_handler'], message: 'required with pre_stop_timeout' });
  if (value.gpu_memory !== undefined && value.runtime !== 'Custom' && value.runtime !== 'Custom Image')
    ctx.addIssue({
      code: 'custom',
      path: ['gpu_memory'],
      message: 'only for Custom and Custom Image runtimes',
    });
  if (value.runtime === 'Custom Image' && !value.custom_image?.image)
    ctx.addIssue({
      code: 'custom',
      path: ['custom_image'],
      message: 'custom_image.image is required for Custom Image',
    });
}

const funcCode = z.object({
  file: z.string().max(80_000_000).optional(),
  link: z.string().max(2048).optional(),
});

const dependVersionList = z.array(z.string().min(1).max(64)).max(20);

export const createFunctionSchema = z.preprocess(
  stripNulls,
  z
    .object({
      ...commonFields,
      package: z.string().regex(PACKAGE_NAME_PATTERN, 'must be 1-64 letters, digits, _, . or -'),
      code_type: z.enum(CODE_TYPES).optional(),
      code_url: z.string().max(2048).optional(),
      code_filename: z.string().max(255).optional(),
      func_code: funcCode.optional(),
      depend_version_list: dependVersionList.optional(),
      type: z.enum(['v1', 'v2']).optional(),
    })
    .superRefine((value, ctx) => {
      crossFieldRules(value, ctx);
      if (value.code_type === undefined && value.runtime !== 'Custom Image')
        ctx.addIssue({ code: 'custom', path: ['code_type'], message: 'required (inline, zip, obs or jar)' });
      if (value.code_type === 'Custom-Image-Swr' && value.runtime !== 'Custom Image')
        ctx.addIssue({
          code: 'custom',
          path: ['code_type'],
          message: 'Custom-Image-Swr needs runtime Custom Image',
        });
    }),
);
export type CreateFunctionRequest = z.output<typeof createFunctionSchema>;

export const updateConfigSchema = z.preprocess(
  stripNulls,
  z
    .object({
      ...commonFields,
      strategy_config: strategyConfig.optional(),
      extend_config: z.string().max(4096).optional(),
      ephemeral_storage: z.union([z.literal(512), z.literal(10240)]).optional(),
      enable_auth_in_header: z.boolean().optional(),
      domain_names: z.string().max(1024).optional(),
      restore_hook_handler: handlerLike.optional(),
      restore_hook_timeout: z.int().min(1).max(300).optional(),
      heartbeat_handler: handlerLike.optional(),
      enable_class_isolation: z.boolean().optional(),
      peering_cidr: z
        .string()
        .max(512)
        .refine((s) => s === '' || s.split(';').length <= 5, 'at most 5 CIDRs separated by ;')
        .optional(),
    })
    .superRefine((value, ctx) => {
      crossFieldRules(value, ctx);
      const java = value.runtime.startsWith('Java');
      if (value.heartbeat_handler && (!java || !LANGUAGE_HANDLER.test(value.heartbeat_handler)))
        ctx.addIssue({ code: 'custom', path: ['heartbeat_handler'], message: 'Java only, xx.xx' });
      if (value.restore_hook_handler && (!java || !LANGUAGE_HANDLER.test(value.restore_hook_handler)))
        ctx.addIssue({ code: 'custom', path: ['restore_hook_handler'], message: 'Java only, xx.xx' });
    }),
);
export type UpdateConfigRequest = z.output<typeof updateConfigSchema>;

export const updateCodeSchema = z.preprocess(
  stripNulls,
  z.object({
    code_type: z.enum(['inline', 'zip', 'obs', 'jar']),
    code_url: z.string().max(2048).optional(),
    code_filename: z.string().max(255).optional(),
    func_code: funcCode,
    depend_version_list: dependVersionList.optional(),
  }),
);
export type UpdateCodeRequest = z.output<typeof updateCodeSchema>;

export const maxInstanceSchema = z.object({ max_instance_num: z.int().min(-1).max(1000) });
