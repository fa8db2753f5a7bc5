/**
 * English UI strings. Words follow Huawei's FunctionGraph console (GLOSSARY.md) so users feel at home:
 * "Dashboard", not "Overview"; "Configuration", "Versions", "Aliases".
 * Every key here must exist in zh-CN.ts (the `Catalogue` type enforces it).
 */
export const enUS = {
  common: {
    close: 'Close',
  },
  app: {
    name: 'FunctionGraph Console',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main navigation',
    overview: 'Dashboard',
    functions: 'Functions',
    dependencies: 'Dependencies',
    logs: 'Logs',
    toggle: 'Toggle navigation',
  },
  breadcrumbs: {
    label: 'Breadcrumbs',
  },
  header: {
    connection: 'Connection',
    local: 'Local',
    project: 'Project ID',
    search: 'Search',
    searchHint: 'Search pages and actions',
  },
  connections: {
    none: 'No connections are configured on the console server.',
    notFoundTitle: 'Connection not found',
    notFoundText:
      'There is no connection named "{{id}}". It may have been removed from the console server’s configuration.',
    openFirst: 'Open {{name}}',
    regionProject: '{{region}} · project {{project}}',
  },
  language: {
    label: 'Language',
  },
  theme: {
    label: 'Color scheme',
    light: 'Light',
    dark: 'Dark',
    auto: 'System',
  },
  palette: {
    placeholder: 'Jump to a page or run an action…',
    searchLabel: 'Search pages and actions',
    nothingFound: 'Nothing found',
    groupPages: 'Pages',
    groupConnections: 'Connections',
    groupPreferences: 'Preferences',
    goTo: 'Go to {{page}}',
    switchConnection: 'Switch to {{name}}',
    useTheme: 'Use {{scheme}} color scheme',
    useLanguage: 'Switch language to {{language}}',
    showShortcuts: 'Show keyboard shortcuts',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    keys: 'Keys',
    action: 'Action',
    palette: 'Open the command palette',
    search: 'Focus the search box of a list',
    save: 'Deploy the code in the editor',
    run: 'Run the test event',
    close: 'Close a dialog',
    help: 'Show this list',
    tab: 'Move between controls',
  },
  comingNext: {
    badge: 'Coming next',
    back: 'Go to Functions',
    overview:
      'Tenant statistics (functions, code storage, invocations, errors), the top functions by invocations, errors and duration, and recent failures will appear here.',
    functions:
      'The function list will appear here: instant search across all functions, sorting, filters, pinning, bulk delete and export, and Create Function.',
    logs: 'Query logs by keyword, time range, level, request ID and version, and follow a live tail grouped by request.',
    functionDetail: 'The {{tab}} tab of {{name}} (application {{package}}) will appear here.',
  },
  function: {
    tabsLabel: 'Function pages',
    create: 'Create Function',
    tabs: {
      code: 'Code',
      test: 'Test',
      configuration: 'Configuration',
      triggers: 'Triggers',
      versions: 'Versions',
      aliases: 'Aliases',
      monitoring: 'Monitoring',
      logs: 'Logs',
      async: 'Async',
    },
  },
  timeRange: {
    group: 'Time range',
    from: 'From (local time)',
    to: 'To (local time)',
    apply: 'Apply',
    presets: {
      '15m': 'Last 15 minutes',
      '1h': 'Last hour',
      '1d': 'Last day',
      '7d': 'Last 7 days',
      custom: 'Custom',
    },
  },
  errors: {
    title: 'Something went wrong',
    unexpected: 'An unexpected error stopped this page from rendering.',
    code: 'Error code',
    requestId: 'Request ID',
    retry: 'Retry',
    reload: 'Reload page',
    home: 'Go to the start page',
    requestFailed: 'Request failed',
    network: 'Cannot reach the console server. Check that it is running.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at {{path}}.',
    home: 'Go to the start page',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's catalogue must have: the same keys as en-US, any strings. */
export type Catalogue = Widen<typeof enUS>;
