/** Turns the create form into the seed 7.6.2 request: inline starter code, a template's ZIP, or an uploaded ZIP. */
import type { CreateFunctionRequest, Template } from '@/api/contract/functions';
import type { CreateMode, CreateValues } from './create-rules';
import type { StarterCode } from './starter-code';
import { bytesToBase64, zipBase64 } from './starter-code';

export async function buildCreateRequest({
  values,
  mode,
  code,
  starter,
  zip,
  template,
}: {
  values: CreateValues;
  mode: CreateMode;
  code: string | undefined;
  starter: StarterCode | undefined;
  zip: File | null;
  template: Template | null;
}): Promise<CreateFunctionRequest> {
  const base = {
    func_name: values.name.trim(),
    package: values.app.trim(),
    runtime: values.runtime,
    handler: values.handler.trim(),
    memory_size: Number(values.memory),
    timeout: Number(values.timeout),
    ...(values.description ? { description: values.description } : {}),
  };
  if (mode === 'zip' && zip) {
    const bytes = new Uint8Array(await zip.arrayBuffer());
    return { ...base, code_type: 'zip', code_filename: zip.name, func_code: { file: bytesToBase64(bytes) } };
  }
  if (mode === 'template' && template?.code) {
    return { ...base, code_type: 'zip', code_filename: 'index.zip', func_code: { file: template.code } };
  }
  // Inline code is still a ZIP (api-digest §2.5); runtimes without starter code get the platform's default.
  if (starter && code !== undefined)
    return { ...base, code_type: 'inline', func_code: { file: zipBase64(starter.file, code) } };
  return { ...base, code_type: 'inline' };
}
