/**
 * Create-function rules checked before submit, the same the API applies (seed 7.6.2 T7-176, api-digest §2.2
 * and §5.3): name pattern and length, app name, handler format per runtime, memory values, timeout range,
 * description length; and the defaults a blank function starts with per runtime.
 */
import { MEMORY_SIZES } from '@/api/contract/functions';

export const FUNCTION_NAME_PATTERN = /^[A-Za-z]([A-Za-z0-9_-]{0,58}[A-Za-z0-9])?$/;
/** The seed gives no app ("package") rule; the local server accepts what fits in a URN field. */
export const APP_NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
export const TIMEOUT_RANGE = { min: 3, max: 259_200 } as const;
export const MAX_DESCRIPTION = 512;
/** seed 9.2 FSS.1071: uploaded package ≤ 50 MB. */
export const MAX_ZIP_BYTES = 50 * 1024 * 1024;

export type CreateMode = 'blank' | 'template' | 'zip';

export interface CreateValues {
  name: string;
  app: string;
  runtime: string;
  handler: string;
  memory: string;
  timeout: string;
  description: string;
}

export type CreateField = keyof CreateValues | 'zip' | 'template';

export type CreateErrorKey =
  | 'nameRequired'
  | 'namePattern'
  | 'nameLength'
  | 'appRequired'
  | 'appPattern'
  | 'handlerRequired'
  | 'handlerFormat'
  | 'memory'
  | 'timeout'
  | 'description'
  | 'zipRequired'
  | 'zipSize'
  | 'templateRequired';

export const isScriptRuntime = (runtime: string) =>
  runtime.startsWith('Node.js') || runtime.startsWith('Python');

/** Custom and HTTP functions start `bootstrap`; Go names its binary; every other runtime is `file.method`. */
export function defaultHandler(runtime: string): string {
  if (runtime === 'Custom' || runtime === 'http') return 'bootstrap';
  if (runtime === 'Go1.x') return 'handler';
  if (runtime.startsWith('Java')) return 'com.example.Handler.handle';
  if (runtime.startsWith('C#')) return 'Assembly::Namespace.Class::Handler';
  return 'index.handler';
}

export function handlerError(runtime: string, handler: string): CreateErrorKey | undefined {
  if (handler.trim() === '') return 'handlerRequired';
  if (handler.length > 128 || /\s/.test(handler)) return 'handlerFormat';
  if (runtime === 'Custom' || runtime === 'http' || runtime === 'Go1.x') return undefined;
  if (handler.length < 3) return 'handlerFormat';
  if (isScriptRuntime(runtime))
    return /^[A-Za-z0-9_][A-Za-z0-9_\-./]*\.[A-Za-z_$][A-Za-z0-9_$]*$/.test(handler)
      ? undefined
      : 'handlerFormat';
  return /^[^\s.]\S*\.[^\s.]+$/.test(handler) ? undefined : 'handlerFormat';
}

export function validateCreate(
  values: CreateValues,
  extra: { mode: CreateMode; zip?: File | null; templateId?: string | null },
): Partial<Record<CreateField, CreateErrorKey>> {
  const errors: Partial<Record<CreateField, CreateErrorKey>> = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'nameRequired';
  else if (name.length > 60) errors.name = 'nameLength';
  else if (!FUNCTION_NAME_PATTERN.test(name)) errors.name = 'namePattern';
  if (values.app.trim() === '') errors.app = 'appRequired';
  else if (!APP_NAME_PATTERN.test(values.app.trim())) errors.app = 'appPattern';
  const handler = handlerError(values.runtime, values.handler.trim());
  if (handler) errors.handler = handler;
  if (!(MEMORY_SIZES as readonly number[]).includes(Number(values.memory))) errors.memory = 'memory';
  const timeout = Number(values.timeout);
  if (!/^\d+$/.test(values.timeout.trim()) || timeout < TIMEOUT_RANGE.min || timeout > TIMEOUT_RANGE.max)
    errors.timeout = 'timeout';
  if (values.description.length > MAX_DESCRIPTION) errors.description = 'description';
  if (extra.mode === 'zip') {
    if (!extra.zip) errors.zip = 'zipRequired';
    else if (extra.zip.size > MAX_ZIP_BYTES) errors.zip = 'zipSize';
  }
  if (extra.mode === 'template' && !extra.templateId) errors.template = 'templateRequired';
  return errors;
}

/** The field an FSS error code is about, so the message shows next to it (UI.md "Create flow"). */
export function fieldOfErrorCode(code: string): CreateField | undefined {
  switch (code) {
    case 'FSS.1061': // function already exists
    case 'FSS.1003':
      return 'name';
    case 'FSS.1004':
    case 'FSS.1027':
      return 'app';
    case 'FSS.1019':
      return 'description';
    default:
      return undefined;
  }
}
