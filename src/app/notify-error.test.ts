import { notificationsStore } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { createI18n } from '@/i18n/i18n';
import { createErrorNotifier } from './notify-error';

const shown = () => notificationsStore.getState().notifications;

describe('createErrorNotifier', () => {
  beforeEach(() => {
    notificationsStore.setState({ notifications: [], queue: [], defaultPosition: 'top-right', limit: 5 });
  });

  it('shows the code, message and request id of an ApiError', () => {
    const notify = createErrorNotifier(createI18n());
    notify(
      new ApiError({ status: 404, code: 'FSS.1051', message: 'Not found the function', requestId: 'r-7' }),
    );
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toMatchObject({
      color: 'red',
      title: 'Request failed',
      message: 'FSS.1051: Not found the function (Request ID r-7)',
    });
  });

  it('explains a network failure in the user language', () => {
    createErrorNotifier(createI18n())(
      new ApiError({ status: 0, code: 'FGC.NETWORK', message: 'fetch failed' }),
    );
    expect(shown()[0]?.message).toBe('Cannot reach the console server. Check that it is running.');
  });
});
