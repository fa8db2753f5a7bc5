/**
 * Async-invocation destinations (seed 7.15.3 T7-760..T7-762, api-digest §2.1 FuncDestinationConfig): the
 * `param` field is a JSON **string** whose keys depend on `destination`. Invalid input is 400 FSS.1081.
 */
import { z } from 'zod';

const obsParam = z.object({
  bucket: z.string().min(1).max(64),
  prefix: z.string().max(1024).optional(),
  /** Days, 0–365; 0 = never expires. */
  expires: z.number().int().min(0).max(365).optional(),
});
const smnParam = z.object({ topic_urn: z.string().min(1).max(255) });
const disParam = z.object({ stream_name: z.string().min(1).max(64) });
const fgParam = z.object({ func_urn: z.string().min(1).max(512) });

const PARAM_SCHEMAS = { OBS: obsParam, SMN: smnParam, DIS: disParam, FunctionGraph: fgParam } as const;

export const destinationSchema = z
  .object({
    destination: z.enum(['OBS', 'SMN', 'DIS', 'FunctionGraph']),
    param: z.string().max(4096),
  })
  .superRefine((value, ctx) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value.param);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['param'], message: 'param must be a JSON string' });
      return;
    }
    const result = PARAM_SCHEMAS[value.destination].safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      ctx.addIssue({
        code: 'custom',
        path: ['param', ...(issue?.path.map(String) ?? [])],
        message: issue?.message ?? 'invalid param',
      });
    }
  });

export const destinationConfigSchema = z.object({
  on_success: destinationSchema.optional(),
  on_failure: destinationSchema.optional(),
});

export type DestinationConfig = z.output<typeof destinationConfigSchema>;

/** Seed 7.15.3 request ranges (digest §7 #22: the request table wins over the response table). */
export const asyncConfigRequestSchema = z.object({
  max_async_event_age_in_seconds: z.number().int().min(1).max(86400).optional(),
  max_async_retry_attempts: z.number().int().min(0).max(3).optional(),
  destination_config: destinationConfigSchema.optional(),
  enable_async_status_log: z.boolean().optional(),
});

export type AsyncConfigRequest = z.output<typeof asyncConfigRequestSchema>;

export const ASYNC_DEFAULTS = { maxAgeSeconds: 3600, maxRetries: 1 } as const;
