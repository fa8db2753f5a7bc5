import { describe, expect, it } from 'vitest';
import type { PackageSnapshot } from './code-package';
import {
  addFile,
  addFolder,
  buildTree,
  deletePath,
  dirtyState,
  handlerFile,
  pathProblem,
  renamePath,
} from './package-tree';

const base: PackageSnapshot = {
  texts: { 'index.js': 'a', 'lib/util.js': 'b', 'lib/deep/x.js': 'c' },
  binaries: { 'img.png': new Uint8Array([1]) },
  folders: [],
};

describe('package tree edits', () => {
  it('adds, renames and deletes files and folders', () => {
    let s = addFile(base, 'lib/new.js', 'n');
    s = addFolder(s, 'empty');
    expect(buildTree(s).map((n) => `${n.kind}:${n.name}`)).toEqual([
      'folder:empty',
      'folder:lib',
      'file:img.png',
      'file:index.js',
    ]);
    s = renamePath(s, 'lib', 'src');
    expect(Object.keys(s.texts).sort()).toEqual(['index.js', 'src/deep/x.js', 'src/new.js', 'src/util.js']);
    s = deletePath(s, 'src/deep');
    expect(Object.keys(s.texts).sort()).toEqual(['index.js', 'src/new.js', 'src/util.js']);
    s = renamePath(s, 'img.png', 'assets/img.png');
    expect(Object.keys(s.binaries)).toEqual(['assets/img.png']);
  });

  it('creating a file inside an empty folder makes the folder implicit', () => {
    const s = addFile(addFolder(base, 'empty'), 'empty/a.js');
    expect(s.folders).toEqual([]);
  });

  it('validates new paths', () => {
    expect(pathProblem(base, '')).toBe('empty');
    expect(pathProblem(base, 'index.js')).toBe('exists');
    expect(pathProblem(base, 'lib')).toBe('exists');
    expect(pathProblem(base, '../x.js')).toBe('invalid');
    expect(pathProblem(base, 'a//b.js')).toBe('invalid');
    expect(pathProblem(base, 'index.js/child.js')).toBe('invalid');
    expect(pathProblem(base, 'lib/other.js')).toBeUndefined();
  });
});

describe('dirty tracking', () => {
  it('is clean for the baseline itself and after editing a file back', () => {
    expect(dirtyState(base, base).dirty).toBe(false);
    const edited = { ...base, texts: { ...base.texts, 'index.js': 'changed' } };
    expect(dirtyState(base, edited)).toEqual({ changed: ['index.js'], removed: [], dirty: true });
    const reverted = { ...edited, texts: { ...edited.texts, 'index.js': 'a' } };
    expect(dirtyState(base, reverted).dirty).toBe(false);
  });

  it('counts new, renamed and deleted files; empty folders alone are not changes', () => {
    expect(dirtyState(base, addFile(base, 'new.js')).changed).toEqual(['new.js']);
    expect(dirtyState(base, renamePath(base, 'lib/util.js', 'lib/u.js'))).toEqual({
      changed: ['lib/u.js'],
      removed: ['lib/util.js'],
      dirty: true,
    });
    expect(dirtyState(base, deletePath(base, 'img.png')).removed).toEqual(['img.png']);
    expect(dirtyState(base, addFolder(base, 'empty')).dirty).toBe(false);
  });
});

describe('handlerFile', () => {
  it('finds the handler module for Node.js and Python', () => {
    expect(handlerFile(base, 'index.handler', 'Node.js18.15')).toBe('index.js');
    expect(handlerFile(base, 'lib/util.main', 'Node.js18.15')).toBe('lib/util.js');
    const py: PackageSnapshot = { texts: { 'main.py': '', 'index.py': '' }, binaries: {}, folders: [] };
    expect(handlerFile(py, 'main.handler', 'Python3.10')).toBe('main.py');
  });
});
