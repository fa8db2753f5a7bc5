/**
 * Pure edits of a package snapshot (add, rename, delete files and folders), the tree shown beside the editor,
 * and dirty tracking against the deployed baseline. Paths are ZIP entry names: `/`-separated, relative.
 */
import type { PackageSnapshot } from './code-package';

export type PathProblem = 'empty' | 'invalid' | 'exists';

export interface TreeNode {
  name: string;
  path: string;
  kind: 'file' | 'folder';
  binary?: boolean;
  children: TreeNode[];
}

export function normalizePath(raw: string): string {
  return raw
    .trim()
    .replaceAll('\\', '/')
    .replace(/^\/+|\/+$/g, '');
}

export function allFilePaths(s: PackageSnapshot): string[] {
  return [...Object.keys(s.texts), ...Object.keys(s.binaries)].sort();
}

export function folderPaths(s: PackageSnapshot): string[] {
  const folders = new Set(s.folders);
  for (const path of allFilePaths(s)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i += 1) folders.add(parts.slice(0, i).join('/'));
  }
  return [...folders].sort();
}

/** What is wrong with a new path, or undefined when it can be created. */
export function pathProblem(s: PackageSnapshot, path: string): PathProblem | undefined {
  if (path === '') return 'empty';
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..') || /[\0:*?"<>|]/.test(path)) return 'invalid';
  const files = allFilePaths(s);
  if (files.includes(path) || folderPaths(s).includes(path)) return 'exists';
  // A file cannot also be a folder on the way to the new path.
  if (parts.slice(0, -1).some((_, i) => files.includes(parts.slice(0, i + 1).join('/')))) return 'invalid';
  return undefined;
}

export function addFile(s: PackageSnapshot, path: string, text = ''): PackageSnapshot {
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  return {
    ...s,
    texts: { ...s.texts, [path]: text },
    folders: s.folders.filter((f) => f !== parent && !`${parent}/`.startsWith(`${f}/`)),
  };
}

export function addFolder(s: PackageSnapshot, path: string): PackageSnapshot {
  return { ...s, folders: [...s.folders, path].sort() };
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
const moved = (path: string, from: string, to: string) =>
  under(path, from) ? to + path.slice(from.length) : path;

function mapKeys<T>(record: Record<string, T>, fn: (key: string) => string | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const next = fn(key);
    if (next !== undefined) out[next] = value;
  }
  return out;
}

/** Renames a file, or a folder with everything below it. */
export function renamePath(s: PackageSnapshot, from: string, to: string): PackageSnapshot {
  const fn = (p: string) => moved(p, from, to);
  return {
    texts: mapKeys(s.texts, fn),
    binaries: mapKeys(s.binaries, fn),
    folders: s.folders.map(fn).sort(),
  };
}

/** Deletes a file, or a folder with everything below it. */
export function deletePath(s: PackageSnapshot, path: string): PackageSnapshot {
  const keep = (p: string) => (under(p, path) ? undefined : p);
  return {
    texts: mapKeys(s.texts, keep),
    binaries: mapKeys(s.binaries, keep),
    folders: s.folders.filter((f) => !under(f, path)),
  };
}

export function buildTree(s: PackageSnapshot): TreeNode[] {
  const root: TreeNode = { name: '', path: '', kind: 'folder', children: [] };
  const folders = new Map<string, TreeNode>([['', root]]);
  const folderNode = (path: string): TreeNode => {
    const existing = folders.get(path);
    if (existing) return existing;
    const parentPath = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const node: TreeNode = {
      name: path.slice(parentPath ? parentPath.length + 1 : 0),
      path,
      kind: 'folder',
      children: [],
    };
    folderNode(parentPath).children.push(node);
    folders.set(path, node);
    return node;
  };
  for (const folder of folderPaths(s)) folderNode(folder);
  for (const path of allFilePaths(s)) {
    const parentPath = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    folderNode(parentPath).children.push({
      name: path.slice(parentPath ? parentPath.length + 1 : 0),
      path,
      kind: 'file',
      binary: path in s.binaries,
      children: [],
    });
  }
  const sort = (nodes: TreeNode[]) => {
    nodes.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
    for (const n of nodes) sort(n.children);
  };
  sort(root.children);
  return root.children;
}

export interface DirtyState {
  /** Files added or edited since the deployed baseline. */
  changed: string[];
  /** Files of the baseline that are gone (deleted or renamed away). */
  removed: string[];
  dirty: boolean;
}

export function dirtyState(baseline: PackageSnapshot, current: PackageSnapshot): DirtyState {
  const changed = Object.keys(current.texts).filter((p) => baseline.texts[p] !== current.texts[p]);
  for (const p of Object.keys(current.binaries))
    if (baseline.binaries[p] !== current.binaries[p]) changed.push(p);
  const currentPaths = new Set(allFilePaths(current));
  const removed = allFilePaths(baseline).filter((p) => !currentPaths.has(p));
  changed.sort();
  return { changed, removed, dirty: changed.length > 0 || removed.length > 0 };
}

/** The file that holds the handler (`index.handler` → index.js / index.py), if the package has it. */
export function handlerFile(
  s: PackageSnapshot,
  handler: string | undefined,
  runtime: string | undefined,
): string | undefined {
  const files = allFilePaths(s);
  const module = handler?.includes('.') ? handler.slice(0, handler.lastIndexOf('.')) : handler;
  if (module) {
    const base = module.replaceAll('.', '/');
    const exts = runtime?.toLowerCase().startsWith('python')
      ? ['.py']
      : ['.js', '.mjs', '.cjs', '.py', '.ts'];
    for (const candidate of [module, ...exts.map((e) => module + e), ...exts.map((e) => base + e)]) {
      if (files.includes(candidate)) return candidate;
    }
  }
  return files.find((f) => /^index\.(js|py)$/.test(f)) ?? files.find((f) => f in s.texts);
}
