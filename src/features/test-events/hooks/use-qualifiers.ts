import { useQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { functionAliasesQueryOptions } from '@/lib/function-api/list-function-aliases';
import { functionVersionsQueryOptions } from '@/lib/function-api/list-function-versions';

export interface Qualifiers {
  versions: string[];
  aliases: string[];
}

const versionNames = (versions: readonly { version: string }[]) =>
  versions.map((v) => v.version).filter((v) => v !== 'latest');
const aliasNames = (aliases: readonly { name: string }[]) => aliases.map((a) => a.name);

/**
 * What the test panel can invoke besides latest: published versions (seed 7.7.6) and aliases (7.7.1). They are
 * the function's shared lists (the detail header's selector reads the same queries), whatever URN is passed.
 * `data` is there once both lists are.
 */
export function useQualifiers(scope: ConnectionScope, urn: string): { data: Qualifiers | undefined } {
  const versions = useQuery({ ...functionVersionsQueryOptions(scope, urn), select: versionNames });
  const aliases = useQuery({ ...functionAliasesQueryOptions(scope, urn), select: aliasNames });
  return {
    data: versions.data && aliases.data ? { versions: versions.data, aliases: aliases.data } : undefined,
  };
}
