import { act, renderHook } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackPackage } from '../utils/code-package';
import { useCodeWorkspace } from './use-code-workspace';

function unpacked(files: Record<string, string>) {
  const result = unpackPackage(
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))),
  );
  if (result.kind !== 'ok') throw new Error(result.kind);
  return result;
}

describe('useCodeWorkspace', () => {
  it('packs every change made so far, even those React has not rendered yet (Ctrl/⌘+S right after typing)', () => {
    const { result } = renderHook(() =>
      useCodeWorkspace(unpacked({ 'main.js': 'old' }), 'main.handler', 'Node.js18.15'),
    );
    // The workspace of one render, as a key handler registered by that render holds it.
    const held = result.current;
    let zip: Uint8Array = new Uint8Array();
    act(() => {
      held.edit('main.js', 'typed');
      held.createFile('lib/new.js');
      held.edit('lib/new.js', 'also typed');
      zip = held.pack(); // before the render that shows these changes
    });
    const packed = unpackPackage(zip);
    if (packed.kind !== 'ok') throw new Error(packed.kind);
    expect(packed.snapshot.texts).toEqual({ 'main.js': 'typed', 'lib/new.js': 'also typed' });
    // The render that follows shows the same state.
    expect(result.current.draft.texts).toEqual(packed.snapshot.texts);
  });

  it('opens the handler file first and tracks dirty files until they are deployed', () => {
    const { result } = renderHook(() =>
      useCodeWorkspace(unpacked({ 'a.js': 'a', 'main.js': 'm' }), 'main.handler', 'Node.js18.15'),
    );
    expect(result.current.active).toBe('main.js');
    expect(result.current.tabs).toEqual(['main.js']);
    expect(result.current.dirty.dirty).toBe(false);

    act(() => {
      result.current.edit('main.js', 'changed');
    });
    act(() => {
      result.current.createFile('lib/new.js');
    });
    expect(result.current.dirty.changed).toEqual(['lib/new.js', 'main.js']);
    expect(result.current.tabs).toEqual(['main.js', 'lib/new.js']);

    // Deploying makes the packed draft the baseline: clean again, and the ZIP holds the edits.
    const zip = result.current.pack();
    const deployed = unpackPackage(zip);
    if (deployed.kind !== 'ok') throw new Error(deployed.kind);
    expect(deployed.snapshot.texts).toEqual({ 'a.js': 'a', 'main.js': 'changed', 'lib/new.js': '' });
    act(() => {
      result.current.markDeployed(deployed);
    });
    expect(result.current.dirty.dirty).toBe(false);

    // Edits made after the deploy stay dirty; renaming a folder moves its open tabs.
    act(() => {
      result.current.renamePath('lib', 'src');
    });
    expect(result.current.tabs).toEqual(['main.js', 'src/new.js']);
    expect(result.current.dirty).toEqual({ changed: ['src/new.js'], removed: ['lib/new.js'], dirty: true });
    act(() => {
      result.current.deletePath('src');
    });
    expect(result.current.tabs).toEqual(['main.js']);
    expect(result.current.dirty.removed).toEqual(['lib/new.js']);
  });
});
