/**
 * Guards the per-component Mantine CSS scheme of styles.ts: a Mantine component rendered without its
 * stylesheet looks broken only at runtime, so this checks that every component imported from @mantine/core
 * in src/ has its CSS imported by styles.ts (eager) or by the same file (loaded with that lazy chunk).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const STYLES_DIR = path.resolve('node_modules/@mantine/core/styles');

/** Components whose styles live in other components' files (Mantine docs, "CSS files list"). */
const DEPENDS_ON: Record<string, string[]> = {
  NativeSelect: ['Input'],
  TextInput: ['Input'],
  Textarea: ['Input'],
  NumberInput: ['Input', 'NumberInput'],
  PasswordInput: ['Input', 'PasswordInput'],
  Select: ['Input', 'Combobox', 'Popover', 'ScrollArea'],
  MultiSelect: ['Input', 'Combobox', 'Popover', 'ScrollArea', 'Pill', 'PillsInput'],
  Autocomplete: ['Input', 'Combobox', 'Popover', 'ScrollArea'],
  TagsInput: ['Input', 'Combobox', 'Popover', 'ScrollArea', 'Pill', 'PillsInput'],
  Menu: ['Popover'],
  Tooltip: ['Popover'],
  Modal: ['ModalBase', 'Overlay', 'CloseButton'],
  Drawer: ['ModalBase', 'Overlay', 'CloseButton'],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function mantineImports(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@mantine\/core'/g)) {
    if (match[1]) continue; // type-only import
    for (const part of (match[2] ?? '').split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0]!.trim());
    }
  }
  return names;
}

const cssImported = (source: string, component: string) =>
  source.includes(`@mantine/core/styles/${component}.css`);

describe('Mantine component stylesheets', () => {
  const eager = fs.readFileSync(path.join(SRC, 'app/styles.ts'), 'utf8');

  it('are imported for every Mantine component used in src/', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const name of mantineImports(source)) {
        const needed = [...(DEPENDS_ON[name] ?? []), name].filter((c) =>
          fs.existsSync(path.join(STYLES_DIR, `${c}.css`)),
        );
        for (const component of needed) {
          if (!cssImported(source, component) && !cssImported(eager, component)) {
            missing.push(`${path.relative(SRC, file)}: ${name} needs @mantine/core/styles/${component}.css`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('the checker sees imports (sanity check on a known file)', () => {
    const frame = fs.readFileSync(path.join(SRC, 'components/layouts/app-frame.tsx'), 'utf8');
    expect(mantineImports(frame)).toEqual(['Burger', 'Group']);
  });
});
