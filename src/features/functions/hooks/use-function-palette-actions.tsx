/**
 * Every function as a command-palette action (Ctrl/⌘+K → type part of its name). Runs inside the palette's
 * lazy chunk, so the function list is fetched only once the palette has been opened; it shares the list
 * page's cache (same query), so a visited list makes the palette instant.
 */
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { useMemo } from 'react';
import { FunctionIcon } from '@/components/ui/icons';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import { paths } from '@/lib/paths';
import { useAllFunctions } from '../api/list-functions';
import { functionsCatalogue } from '../i18n';

/** `go` navigates (the shell's, which does not re-render the palette on every navigation). */
export function useFunctionPaletteActions(go: (to: string) => void): SpotlightActionGroupData | null {
  const t = useFeatureTranslation(functionsCatalogue);
  const scope = useConnectionScope();
  const { functions } = useAllFunctions();
  return useMemo(() => {
    if (functions.length === 0) return null;
    return {
      group: t('palette.group'),
      actions: functions.map((fn) => ({
        id: `function:${fn.func_urn}`,
        label: fn.func_name,
        description: t('palette.description', { runtime: fn.runtime, package: fn.package }),
        keywords: [fn.package, fn.runtime, 'function', '函数'],
        leftSection: <FunctionIcon />,
        onClick: () => {
          go(paths.function(scope.connectionId, fn.package, fn.func_name));
        },
      })),
    };
  }, [functions, t, go, scope.connectionId]);
}
