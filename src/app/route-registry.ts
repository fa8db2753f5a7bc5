import type { ComponentType } from 'react';

/**
 * Route components whose module has been evaluated, by id: the registry behind lazy-route.tsx, in a module of
 * its own because route chunks import it (so it is a shared chunk: kept tiny for the first-load budget).
 */
const evaluated = new Map<string, ComponentType>();

/**
 * Called by a route module at evaluation (`provideRouteComponent('functions', FunctionsRoute)`): from then on
 * its lazy component (lazyRouteComponent) renders it synchronously, however the chunk was loaded.
 */
export function provideRouteComponent(id: string, Component: ComponentType): void {
  evaluated.set(id, Component);
}

export function evaluatedRouteComponent(id: string): ComponentType | undefined {
  return evaluated.get(id);
}
