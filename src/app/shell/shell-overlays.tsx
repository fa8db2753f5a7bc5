import { useHotkeys } from '@mantine/hooks';
import { lazy, memo, Suspense } from 'react';
import type { PublicConnection } from '@/api/contract/connections';
import { OnDemand } from './on-demand';
import { usePaletteActions } from './use-palette-actions';

const CommandPalette = lazy(() => import('./command-palette').then((m) => ({ default: m.CommandPalette })));
const ShortcutSheet = lazy(() => import('./shortcut-sheet').then((m) => ({ default: m.ShortcutSheet })));

/**
 * The palette and the shortcut sheet with their keyboard shortcuts: Ctrl/⌘+K and `?`. Mantine matches
 * modifiers exactly and `?` needs Shift on some layouts but not others, hence both forms. Keys typed into
 * inputs are ignored. Memoised and free of router hooks: the actions navigate through `go` and
 * `switchConnection` (the shell's router bridge), so a navigation does not re-render this.
 */
export const ShellOverlays = memo(function ShellOverlays({
  connectionId,
  connections,
  paletteSignal,
  onOpenPalette,
  shortcutsOpened,
  onOpenShortcuts,
  onCloseShortcuts,
  go,
  switchConnection,
}: {
  connectionId: string;
  connections: readonly PublicConnection[];
  paletteSignal: number;
  onOpenPalette: () => void;
  shortcutsOpened: boolean;
  onOpenShortcuts: () => void;
  onCloseShortcuts: () => void;
  go: (to: string) => void;
  switchConnection: (connectionId: string) => void;
}) {
  useHotkeys([
    ['mod+K', onOpenPalette],
    ['shift+?', onOpenShortcuts],
    ['?', onOpenShortcuts],
  ]);
  const actions = usePaletteActions({
    connectionId,
    connections,
    onShowShortcuts: onOpenShortcuts,
    go,
    switchConnection,
  });
  return (
    <Suspense fallback={null}>
      <OnDemand requested={paletteSignal > 0}>
        <CommandPalette actions={actions} openSignal={paletteSignal} go={go} />
      </OnDemand>
      <OnDemand requested={shortcutsOpened}>
        <ShortcutSheet opened={shortcutsOpened} onClose={onCloseShortcuts} />
      </OnDemand>
    </Suspense>
  );
});
