/**
 * Dependency shapes (seed 7.3, api-digest §2.17). A dependency (`dep_id`) has numbered versions; list items
 * describe a dependency by its latest version, version items add `dep_id`. Only the fields the console uses
 * are typed; responses carry more.
 */

/** Who owns a dependency: `public` for Huawei's public dependencies, the account id otherwise. */
export const PUBLIC_OWNER = 'public';

/** seed 7.3.1 `dependency_type`: the console's switch offers public and private; the API also takes `all`. */
export type DependencyType = 'public' | 'private' | 'all';

/** A dependency (list item, T7-43) or one of its versions (T7-59/T7-68: adds `dep_id`). */
export interface Dependency {
  /** The version id (version items); list items on Huawei Cloud may carry the dependency id here. */
  id: string;
  owner: string;
  /** OBS link of the package ('' for uploaded zips). */
  link: string;
  runtime: string;
  /** MD5 of the package. */
  etag: string;
  /** Bytes. */
  size: number;
  name: string;
  description?: string;
  file_name?: string;
  version: number;
  /** Epoch seconds. */
  last_modified: number;
  dep_id?: string;
  /** Deprecated (seed 7.3.4). */
  is_shared?: boolean;
}

export interface ListDependenciesResponse {
  dependencies: Dependency[];
  next_marker: number;
  count: number;
}

/** seed 7.3.3 T7-58, as the console sends it (zip upload only; OBS links are for packages over 40 MB). */
export interface CreateDependencyVersionRequest {
  depend_type: 'zip';
  /** base64 of the zip. */
  depend_file: string;
  runtime: string;
  name: string;
  description?: string;
}

/** The dependency a list or version item belongs to (`dep_id`, else the list item's own id). */
export const dependencyIdOf = (d: Pick<Dependency, 'id' | 'dep_id'>): string => d.dep_id ?? d.id;

export const isPublicDependency = (d: Pick<Dependency, 'owner'>): boolean => d.owner === PUBLIC_OWNER;
