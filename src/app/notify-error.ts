import { notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { isApiError } from '@/api/errors';

/** The toast for a failure nobody else shows (query-client.ts decides when): code, message, request id. */
export function createErrorNotifier(i18n: I18n): (error: unknown) => void {
  return (error) => {
    const t = i18n.t.bind(i18n);
    let message = error instanceof Error ? error.message : String(error);
    if (isApiError(error)) {
      const head = error.code === 'FGC.NETWORK' ? t('errors.network') : `${error.code}: ${error.message}`;
      message = error.requestId ? `${head} (${t('errors.requestId')} ${error.requestId})` : head;
    }
    notifications.show({ color: 'red', title: t('errors.requestFailed'), message, autoClose: 8000 });
  };
}
