/**
 * The editor's state: the deployed baseline, the draft the user edits (local state seeded once from the
 * query, STYLE.md), open tabs and the active file. Dirty state is derived, never stored.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PackageSnapshot, UnpackResult } from '../utils/code-package';
import { packPackage } from '../utils/code-package';
import {
  addFile,
  addFolder,
  allFilePaths,
  deletePath,
  dirtyState,
  handlerFile,
  renamePath,
} from '../utils/package-tree';

interface Baseline {
  snapshot: PackageSnapshot;
  originals: Record<string, Uint8Array>;
}

interface WorkspaceState {
  baseline: Baseline;
  draft: PackageSnapshot;
  tabs: string[];
  active: string | undefined;
}

function seed(
  unpacked: Extract<UnpackResult, { kind: 'ok' }>,
  handler?: string,
  runtime?: string,
): WorkspaceState {
  const first = handlerFile(unpacked.snapshot, handler, runtime);
  return {
    baseline: { snapshot: unpacked.snapshot, originals: unpacked.originals },
    draft: unpacked.snapshot,
    tabs: first ? [first] : [],
    active: first,
  };
}

const rename = (path: string, from: string, to: string) =>
  path === from || path.startsWith(`${from}/`) ? to + path.slice(from.length) : path;
const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

export function useCodeWorkspace(
  unpacked: Extract<UnpackResult, { kind: 'ok' }>,
  handler: string | undefined,
  runtime: string | undefined,
) {
  const [state, setRendered] = useState(() => seed(unpacked, handler, runtime));
  // Every change is applied here first, in order: `latest` holds all changes made so far, rendered or not. A
  // Ctrl/⌘+S pressed right after typing runs before React has rendered the typing, and must pack what was typed
  // (it had deployed the text before it, and the edit stayed "unsaved").
  const latest = useRef(state);
  const setState = useCallback((change: (s: WorkspaceState) => WorkspaceState) => {
    const next = change(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setRendered(next);
  }, []);
  const dirty = useMemo(
    () => dirtyState(state.baseline.snapshot, state.draft),
    [state.baseline, state.draft],
  );

  return {
    draft: state.draft,
    baseline: state.baseline.snapshot,
    tabs: state.tabs,
    active: state.active,
    dirty,
    open: (path: string) => {
      setState((s) => ({ ...s, tabs: s.tabs.includes(path) ? s.tabs : [...s.tabs, path], active: path }));
    },
    close: (path: string) => {
      setState((s) => {
        const index = s.tabs.indexOf(path);
        const tabs = s.tabs.filter((t) => t !== path);
        const active = s.active === path ? (tabs[Math.max(0, index - 1)] ?? undefined) : s.active;
        return { ...s, tabs, active };
      });
    },
    edit: (path: string, text: string) => {
      setState((s) =>
        s.draft.texts[path] === text
          ? s
          : { ...s, draft: { ...s.draft, texts: { ...s.draft.texts, [path]: text } } },
      );
    },
    createFile: (path: string) => {
      setState((s) => ({ ...s, draft: addFile(s.draft, path), tabs: [...s.tabs, path], active: path }));
    },
    createFolder: (path: string) => {
      setState((s) => ({ ...s, draft: addFolder(s.draft, path) }));
    },
    renamePath: (from: string, to: string) => {
      setState((s) => ({
        ...s,
        draft: renamePath(s.draft, from, to),
        tabs: s.tabs.map((t) => rename(t, from, to)),
        active: s.active === undefined ? undefined : rename(s.active, from, to),
      }));
    },
    deletePath: (path: string) => {
      setState((s) => {
        const tabs = s.tabs.filter((t) => !inside(t, path));
        return {
          ...s,
          draft: deletePath(s.draft, path),
          tabs,
          active: s.active !== undefined && inside(s.active, path) ? tabs[0] : s.active,
        };
      });
    },
    /** The draft as a ZIP (what deploy and draft-run send), with every edit made so far, rendered or not. */
    pack: () => packPackage(latest.current.draft, latest.current.baseline),
    /** After a successful deploy: the deployed package (unpacked) becomes the baseline; edits made meanwhile stay dirty. */
    markDeployed: (deployed: Extract<UnpackResult, { kind: 'ok' }>) => {
      setState((s) => ({ ...s, baseline: { snapshot: deployed.snapshot, originals: deployed.originals } }));
    },
    /** A new package from the server (upload): start over from it. */
    reset: (next: Extract<UnpackResult, { kind: 'ok' }>) => {
      setState(() => seed(next, handler, runtime));
    },
    hasFile: (path: string) => allFilePaths(state.draft).includes(path),
  };
}

export type CodeWorkspace = ReturnType<typeof useCodeWorkspace>;
