import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { NavigateFunction } from 'react-router';

export interface ShellRouter {
  navigate: NavigateFunction;
  pathname: string;
}

/**
 * Keeps the router's `navigate` and the current pathname in `routerRef` for the shell's memoised parts, which
 * read them when the user acts. A component using a router hook re-renders on every navigation (React
 * Router hands each route a new context value); this one renders nothing, so the header, palette and
 * overlays stay out of a navigation's render (issue #5: the list's first visit re-rendered the whole shell).
 */
export function RouterBridge({ routerRef }: { routerRef: RefObject<ShellRouter | null> }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useLayoutEffect(() => {
    routerRef.current = { navigate, pathname };
  });
  return null;
}
