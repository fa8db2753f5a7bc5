/**
 * Deploy (seed 7.6.5 `PUT code`): pack the draft, upload it, then make it the baseline. Progress is reported in
 * phases with counts (packing n files, uploading n KB); a failure leaves the draft as it is.
 */
import { useState } from 'react';
import type { ConnectionScope } from '@/api/client';
import { useUpdateFunctionCode } from '../api/update-function-code';
import type { CodeWorkspace } from './use-code-workspace';
import { bytesToBase64 } from '../utils/base64';
import { unpackPackage } from '../utils/code-package';
import { allFilePaths } from '../utils/package-tree';

export type DeployPhase =
  { phase: 'idle' } | { phase: 'packing'; files: number } | { phase: 'uploading'; bytes: number };

export function useDeploy(scope: ConnectionScope, urn: string, codeType: string, workspace: CodeWorkspace) {
  const mutation = useUpdateFunctionCode(scope, urn);
  const [progress, setProgress] = useState<DeployPhase>({ phase: 'idle' });

  const deploy = async (): Promise<boolean> => {
    if (mutation.isPending) return false;
    setProgress({ phase: 'packing', files: allFilePaths(workspace.draft).length });
    // Let the progress paint before the synchronous zip runs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const zip = workspace.pack();
    setProgress({ phase: 'uploading', bytes: zip.byteLength });
    try {
      await mutation.mutateAsync({
        zipBase64: bytesToBase64(zip),
        zipBytes: zip.byteLength,
        previousType: codeType,
      });
      const deployed = unpackPackage(zip);
      if (deployed.kind === 'ok') workspace.markDeployed(deployed);
      return true;
    } catch {
      return false; // the query client toasts the error; the draft stays
    } finally {
      setProgress({ phase: 'idle' });
    }
  };

  return { deploy, progress, pending: mutation.isPending, error: mutation.error };
}
