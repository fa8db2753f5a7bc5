import '@mantine/core/styles/Grid.css';
import { Grid, Stack } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import { MAX_DEPENDENCY_VERSIONS } from '@/features/code/api/update-function-dependencies';
import { CodeWorkspace } from '@/features/code/components/code-workspace';
import type { DraftSource } from '@/features/code/components/code-editor-pane';
import { useFunctionDependencies } from '@/features/code/hooks/use-function-dependencies';
import { FunctionDependencies } from '@/features/dependencies/components/function-dependencies';
import { TestPanel } from '@/features/test-events/components/test-panel';
import { useActiveConnection, useConnectionScope } from '@/lib/active-connection';
import { afterNextPaint } from '@/lib/after-next-paint';
import { useFunctionRef } from '@/lib/function-ref';
import type { FunctionRef } from '@/lib/function-ref';
import { paths } from '@/lib/paths';

/**
 * `/c/:connectionId/functions/:package/:name/code` — the editor with the test panel beside it (as on Huawei's
 * Code tab); the panel's draft run executes the editor's unsaved package. The editor shows the version or alias
 * selected in the detail header (`?qualifier=`): `latest` is edited, a published version is read-only.
 *
 * The dependencies section sits above the test panel: changing the list redeploys the deployed code with it,
 * never the editor's draft (which stays unsaved).
 *
 * The editor comes first: the panel renders once the editor has painted (or the tab shows a notice instead).
 * On a first load the page is bound by the main thread, and the panel's render, commit and reads used to share
 * the pass that creates Monaco (bench/editor.ts).
 */
export function FunctionCodeRoute() {
  const fn = useFunctionRef();
  const connection = useActiveConnection();
  const scope = useConnectionScope();
  const draftRef = useRef<DraftSource | null>(null);
  const [dirty, setDirty] = useState(false);
  const [panelShown, setPanelShown] = useState(false);
  const onSettled = useCallback(() => {
    afterNextPaint(() => {
      setPanelShown(true);
    });
  }, []);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        {/* Keyed by the URN: another version or alias is another package, not an edit of this one. */}
        <CodeWorkspace
          key={fn.urn}
          urn={fn.urn}
          functionName={fn.name}
          draftRef={draftRef}
          onDirtyChange={setDirty}
          onSettled={onSettled}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        {panelShown ? (
          <Stack gap="md">
            <DependenciesSection key={fn.urn} fn={fn} />
            <TestPanel
              scope={scope}
              unqualifiedUrn={fn.unqualifiedUrn}
              isLocal={connection.kind === 'local'}
              logsHref={(id) =>
                `${paths.function(fn.connectionId, fn.package, fn.name, 'logs')}?requestId=${encodeURIComponent(id)}`
              }
              draft={{ dirty, build: () => draftRef.current?.build() ?? '' }}
            />
          </Stack>
        ) : null}
      </Grid.Col>
    </Grid>
  );
}

/** The code feature's dependency list of the shown version, in the dependencies feature's section. */
function DependenciesSection({ fn }: { fn: FunctionRef }) {
  const scope = useConnectionScope();
  const source = useFunctionDependencies(scope, fn.urn);
  const locked =
    fn.qualifier.kind !== 'latest' ? 'published' : source.unavailable ? 'unavailable' : undefined;
  return <FunctionDependencies source={source} locked={locked} max={MAX_DEPENDENCY_VERSIONS} />;
}
