/**
 * How dependency versions appear in answers: the version object of seed 7.3 (T7-59/T7-68/T7-75), the deprecated
 * 9-field dependency object (T7-49/T7-96/T7-104), and a function's attached versions resolved (`dependencies`,
 * `depend_list` in GET code and the function objects, T7-210).
 */
import { HttpError } from '../../shared/errors';
import type { LocalDeps } from '../deps';
import { dependencyStoreFor } from '../store/dependencies-store';
import type { DependencyVersion } from '../store/dependencies-store';

type ViewDeps = Pick<LocalDeps, 'db' | 'now' | 'blobs' | 'domainId'>;

/** The 9 fields of the deprecated dependency object. */
export function legacyDependencyView(deps: ViewDeps, v: DependencyVersion) {
  return {
    id: v.dep_id,
    owner: deps.domainId,
    link: v.link,
    runtime: v.runtime,
    etag: v.etag,
    size: v.size,
    name: v.name,
    description: v.description,
    file_name: v.file_name,
  };
}

/** A dependency version. */
export function dependencyVersionView(deps: ViewDeps, v: DependencyVersion) {
  return {
    ...legacyDependencyView(deps, v),
    id: v.id,
    version: v.version,
    dep_id: v.dep_id,
    last_modified: v.last_modified,
  };
}

/** A function's `depend_version_list` resolved: its dependencies' ids and the versions themselves. */
export function attachedDependencies(deps: ViewDeps, versionIds: readonly string[] | undefined) {
  const store = dependencyStoreFor(deps);
  const versions = (versionIds ?? []).flatMap((id) => {
    const v = store.versionById(id);
    return v ? [v] : []; // deleted since: the runtime skips it too
  });
  return {
    depend_list: [...new Set(versions.map((v) => v.dep_id))],
    dependencies: versions.map((v) => dependencyVersionView(deps, v)),
  };
}

/** 404 FSS.1056 unless every id names an existing dependency version (create function, update code). */
export function requireDependencyVersions(deps: ViewDeps, versionIds: readonly string[] | undefined): void {
  const store = dependencyStoreFor(deps);
  const missing = (versionIds ?? []).find((id) => !store.versionById(id));
  if (missing !== undefined) {
    throw new HttpError(
      404,
      'FSS.1056',
      `The dependency does not exist: no dependency version has the id ${missing.slice(0, 64)}.`,
    );
  }
}
