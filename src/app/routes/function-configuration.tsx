import { ConfigurationTab } from '@/features/function-config/components/configuration-tab';

/** `/c/:connectionId/functions/:package/:name/configuration` — the configuration sections (issue #5). */
export function FunctionConfigurationRoute() {
  return <ConfigurationTab />;
}
