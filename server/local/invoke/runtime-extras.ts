/**
 * What the runtime needs from other groups' stores: reserved instances (seed 7.11, kept warm from start and on
 * every change) and dependency versions (seed 7.6.2 depend_version_list, put on the module path).
 */
import { formatFunctionUrn } from '../../shared/urn';
import type { LocalDeps } from '../deps';
import type { RuntimeManager } from '../runtime/runtime-manager';
import { dependencyStoreFor } from '../store/dependencies-store';
import { reservedStoreFor } from '../store/reserved-store';
import type { Invoker, SpecExtras } from './invoker';

export function runtimeExtras(deps: LocalDeps): SpecExtras {
  const reserved = reservedStoreFor(deps);
  const dependencies = dependencyStoreFor(deps);
  return {
    // Reserved instances of a version, or of an alias on its main version.
    reservedInstances: (config) =>
      reserved
        .ofFunction(config.functionId)
        .filter((r) => r.targetVersion === config.version)
        .reduce((n, r) => n + r.count, 0),
    dependencyZips: (config) =>
      (config.config.depend_version_list ?? []).flatMap((id) => {
        const version = dependencies.versionById(id);
        return version?.digest
          ? [{ digest: version.digest, load: () => deps.blobs.readBlob(version.digest) }]
          : [];
      }),
  };
}

/** Starts the reserved instances of every function now and whenever a reserved setting changes. */
export function keepReservedWarm(deps: LocalDeps, runtime: RuntimeManager, invoker: Invoker): void {
  const reserved = reservedStoreFor(deps);
  const warm = (functionId: string) => {
    const func = deps.functions.byId(functionId);
    if (!func) return;
    for (const version of new Set(reserved.ofFunction(functionId).map((r) => r.targetVersion))) {
      try {
        const config = deps.functions.codeConfig(
          formatFunctionUrn(deps.functions.functionIdentity(func), version),
        );
        runtime.warm(invoker.specFor(config));
      } catch (error) {
        deps.log(`reserved instances of ${func.name}:${version}: ${(error as Error).message}`);
      }
    }
  };
  reserved.changed.add((setting) => {
    warm(setting.functionId);
  });
  for (const functionId of new Set(reserved.all().map((r) => r.functionId))) warm(functionId);
}
