import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** The toast container with its styles; loaded lazily by DeferredNotifications. */
export function NotificationsContainer() {
  return <Notifications position="top-right" />;
}
