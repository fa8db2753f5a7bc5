import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/spotlight/styles.css';
import { Spotlight, spotlight } from '@mantine/spotlight';
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '@/components/ui/icons';
import { useFunctionPaletteActions } from '@/features/functions/hooks/use-function-palette-actions';
import { useSignal } from './on-demand';

/**
 * The Ctrl/⌘+K palette (Mantine Spotlight), loaded on first use. The shell owns the shortcut and bumps
 * `openSignal`; the palette renders whatever action groups the shell hands it (use-palette-actions).
 */
export function CommandPalette({
  actions,
  openSignal,
  go,
}: {
  actions: SpotlightActionGroupData[];
  openSignal: number;
  /** Navigates (the shell's router bridge: the palette does not re-render on every navigation). */
  go: (to: string) => void;
}) {
  const { t } = useTranslation();
  // Functions by name (issue #5); this component is lazy, so the list loads on the palette's first use.
  const functionGroup = useFunctionPaletteActions(go);
  useSignal(openSignal, () => {
    spotlight.open();
  });
  return (
    <Spotlight
      actions={functionGroup ? [...actions, functionGroup] : actions}
      shortcut={null}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      scrollable
      maxHeight={420}
      limit={50}
      searchProps={{
        leftSection: <SearchIcon size={18} />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.searchLabel'),
      }}
    />
  );
}
