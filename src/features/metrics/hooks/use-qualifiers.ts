import { useQuery } from '@tanstack/react-query';
import type { ConnectionScope } from '@/api/client';
import { functionAliasesQueryOptions } from '@/lib/function-api/list-function-aliases';
import { functionVersionsQueryOptions } from '@/lib/function-api/list-function-versions';
import type { AliasItem } from '../api/types';

export interface Qualifiers {
  versions: string[];
  aliases: AliasItem[];
}

const versionNames = (versions: readonly { version: string }[]) => versions.map((v) => v.version);

/**
 * The versions (seed 7.7.6) and aliases (7.7.1) a chart can be narrowed to: the function's shared lists (the
 * detail header's selector reads the same queries). `data` is there once both lists are.
 */
export function useQualifiers(
  scope: ConnectionScope,
  unqualifiedUrn: string,
): { data: Qualifiers | undefined } {
  const versions = useQuery({ ...functionVersionsQueryOptions(scope, unqualifiedUrn), select: versionNames });
  const aliases = useQuery(functionAliasesQueryOptions(scope, unqualifiedUrn));
  return {
    data: versions.data && aliases.data ? { versions: versions.data, aliases: aliases.data } : undefined,
  };
}
