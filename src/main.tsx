import './app/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createErrorNotifier } from './app/notify-error';
import { bootstrappedConnections, connectionsQueryOptions } from './features/connections/api/get-connections';
import { changeLanguage, createI18n, detectLanguage } from './i18n/i18n';
import { createQueryClient } from './lib/query-client';

const i18n = createI18n();
// A zh-CN user's catalogue loads before the first render, so no English flashes.
await changeLanguage(i18n, detectLanguage());
const queryClient = createQueryClient({ notifyError: createErrorNotifier(i18n) });
// The server wrote the connection list into the page: the route loaders start their reads at once.
const connections = bootstrappedConnections();
if (connections) queryClient.setQueryData(connectionsQueryOptions().queryKey, connections);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} />
    </StrictMode>,
  );
}
