import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving while `dirty`: in-app navigation through the router's blocker (the caller renders the
 * question), tab close and reload through `beforeunload` (the browser's own dialog).
 */
export function useLeaveGuard(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
  return blocker;
}
