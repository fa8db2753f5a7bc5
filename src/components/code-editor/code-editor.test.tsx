import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodeEditorProps } from './code-editor';

// Monaco does not run in jsdom: what is under test is when the editor module renders.
vi.mock('./code-editor-impl', () => ({
  CodeEditorImpl: ({ path }: CodeEditorProps) => <div>editor of {path}</div>,
}));

// A fresh copy of the wrapper per test: whether Monaco has loaded is module state.
const freshWrapper = () => import('./code-editor');

describe('CodeEditor', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('shows the fallback until Monaco has loaded, then the editor', async () => {
    const { CodeEditor } = await freshWrapper();
    render(<CodeEditor path="a.js" value="" ariaLabel="a.js" fallback={<span>loading editor</span>} />);
    expect(screen.getByText('loading editor')).toBeInTheDocument();
    expect(await screen.findByText('editor of a.js')).toBeInTheDocument();
    expect(screen.queryByText('loading editor')).not.toBeInTheDocument();
  });

  it('renders the editor in its first pass when Monaco was preloaded (no Suspense fallback to wait out)', async () => {
    const { CodeEditor, preloadCodeEditor } = await freshWrapper();
    await preloadCodeEditor();
    render(<CodeEditor path="b.js" value="" ariaLabel="b.js" fallback={<span>loading editor</span>} />);
    // Synchronously after the first render: a React.lazy component would still show its fallback here.
    expect(screen.getByText('editor of b.js')).toBeInTheDocument();
    expect(screen.queryByText('loading editor')).not.toBeInTheDocument();
  });
});
