/**
 * zod schemas of the function lifecycle requests (seed 7.6.2 T7-176, 7.6.5 T7-221, 7.6.7 T7-251, 7.6.8),
 * with the constraints of api-digest §2.0–§2.4 and §5.3. Field → FSS code mapping is in validation.ts.
 */
import { z } from 'zod';
import { FUNCTION_NAME_PATTERN, PACKAGE_NAME_PATTERN } from '../../shared/urn';
import {
  customImage,
  envString,
  funcVpc,
  logConfig,
  mountConfig,
  networkController,
  strategyConfig,
  stripNulls,
} from './function-subschemas';

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
