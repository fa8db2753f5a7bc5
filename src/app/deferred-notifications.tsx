import { lazy, Suspense, useEffect, useState } from 'react';

const NotificationsContainer = lazy(() =>
  import('./notifications-container').then((m) => ({ default: m.NotificationsContainer })),
);

/**
 * The toast container, loaded right after the first render instead of with `/` (it is not needed to paint).
 * Toasts raised before it arrives wait in the notifications store and show when it mounts.
 */
export function DeferredNotifications() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // After the first paint, not during it.
    const timer = window.setTimeout(() => {
      setReady(true);
    }, 0);
    return () => {
      window.clearTimeout(timer);
    };
  }, []);
  return ready ? (
    <Suspense fallback={null}>
      <NotificationsContainer />
    </Suspense>
  ) : null;
}
