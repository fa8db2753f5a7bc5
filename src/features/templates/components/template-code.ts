/** A template's `code` is a base64 ZIP (seed 7.10 T7-505); the preview shows the handler's file. */
import { strFromU8, unzipSync } from 'fflate';

export function templateFiles(code: string): Record<string, string> {
  const binary = atob(code);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The file the handler names (`index.handler` → `index.js` / `index.py`), else the first file. */
export function handlerFile(files: Record<string, string>, handler: string): string | undefined {
  const base = handler.slice(0, handler.lastIndexOf('.'));
  const names = Object.keys(files);
  return names.find((n) => n.replace(/\.[^.]+$/, '') === base) ?? names[0];
}
