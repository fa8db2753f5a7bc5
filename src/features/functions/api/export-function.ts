/** seed 7.12.1 `GET F/export?code=true&config=true`: a ZIP with the code and the config, saved as a download. */
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';

export async function exportFunction(scope: ConnectionScope, urn: string, name: string): Promise<void> {
  const blob = await fgRequest<Blob>(scope, `/fgs/functions/${encodeURIComponent(urn)}/export`, {
    query: { code: true, config: true },
    responseType: 'blob',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.zip`;
  link.click();
  // Revoke after the click has been handled; revoking synchronously can cancel the download in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export interface ExportResult {
  name: string;
  error?: unknown;
}

export async function exportFunctions(
  scope: ConnectionScope,
  targets: readonly { urn: string; name: string }[],
  onProgress?: (done: number) => void,
): Promise<ExportResult[]> {
  const results: ExportResult[] = [];
  for (const target of targets) {
    try {
      await exportFunction(scope, target.urn, target.name);
      results.push({ name: target.name });
    } catch (error) {
      results.push({ name: target.name, error });
    }
    onProgress?.(results.length);
  }
  return results;
}
