/** Query keys for connections (STYLE.md rule 2): one factory, hierarchical, never inline arrays. */
export const connectionKeys = {
  all: ['connections'] as const,
  list: () => [...connectionKeys.all, 'list'] as const,
};
