export function ConfigurationTab() {
  return null;
}
