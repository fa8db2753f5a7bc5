import type { TFunction } from 'i18next';
import type { Params } from 'react-router';

/** What a route tells the shell about itself (react-router `handle`). */
export interface RouteHandle {
  /** The breadcrumb label for this route; routes without one add no crumb. */
  crumb?: (params: Params, t: TFunction) => string;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'crumb' in value;
}
