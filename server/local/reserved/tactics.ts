/**
 * Reserved-instance request validation (seed 7.11.2 T7-538..T7-541). Cron policies use standard 5-field cron
 * (the seed example `0 1 * * *`) or 6 fields with seconds; metric policies only know `Concurrency`.
 */
import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';

const cronText = z
  .string()
  .min(1)
  .max(128)
  .refine(
    (value) => {
      const fields = value.trim().split(/\s+/);
      if (fields.length < 5 || fields.length > 6) return false;
      try {
        CronExpressionParser.parse(value, { tz: 'UTC' });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'cron must be a 5- or 6-field cron expression' },
  );

const name = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'name: a letter, then letters, digits, _ or -');

export const cronConfigSchema = z
  .object({
    name,
    cron: cronText,
    count: z.number().int().min(0).max(1000),
    start_time: z.number().int().min(0).max(4102444800),
    expired_time: z.number().int().min(0).max(4102444800),
  })
  .refine((v) => v.expired_time > v.start_time, {
    error: 'expired_time must be after start_time',
    path: ['expired_time'],
  });

export const metricConfigSchema = z.object({
  name,
  type: z.literal('Concurrency'),
  threshold: z.number().int().min(1).max(100),
  min: z.number().int().min(0).max(1000),
});

export const tacticsConfigSchema = z.object({
  cron_configs: z.array(cronConfigSchema).max(10).optional(),
  metric_configs: z.array(metricConfigSchema).max(10).optional(),
});

export type TacticsConfig = z.output<typeof tacticsConfigSchema>;

export const reservedRequestSchema = z.object({
  count: z.number().int().min(0).max(1000),
  idle_mode: z.boolean().optional(),
  tactics_config: tacticsConfigSchema.optional(),
});

export type ReservedRequest = z.output<typeof reservedRequestSchema>;
