/** Versions (seed 7.7.6) and aliases (7.7.5) of a function: what the test panel can invoke besides latest. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fgRequest } from '@/api/client';
import type { ConnectionScope } from '@/api/client';
import { testEventKeys } from './keys';
import { urnPath } from './function-urn';

export interface Qualifiers {
  versions: string[];
  aliases: string[];
}

export const qualifiersQueryOptions = (scope: ConnectionScope, urn: string) =>
  queryOptions({
    queryKey: testEventKeys.qualifiers(scope, urn),
    queryFn: async ({ signal }): Promise<Qualifiers> => {
      const [versions, aliases] = await Promise.all([
        fgRequest<{ versions: { version: string }[] }>(scope, `${urnPath(urn)}/versions`, {
          query: { maxitems: 400 },
          signal,
        }),
        fgRequest<{ name: string }[]>(scope, `${urnPath(urn)}/aliases`, { signal }),
      ]);
      return {
        versions: versions.versions.map((v) => v.version).filter((v) => v !== 'latest'),
        aliases: aliases.map((a) => a.name),
      };
    },
    staleTime: 30_000,
  });

export const useQualifiers = (scope: ConnectionScope, urn: string) =>
  useQuery(qualifiersQueryOptions(scope, urn));
