/**
 * URL builders: the connection and the page live in the URL (UI.md "Frame"), so every view is a link.
 * Features link with these instead of writing paths by hand.
 */
const enc = encodeURIComponent;

export const SECTIONS = ['overview', 'functions', 'dependencies', 'logs'] as const;
export type Section = (typeof SECTIONS)[number];

export const FUNCTION_TABS = [
  'code',
  'test',
  'configuration',
  'triggers',
  'versions',
  'aliases',
  'monitoring',
  'logs',
  'async',
] as const;
export type FunctionTab = (typeof FUNCTION_TABS)[number];

export function isFunctionTab(value: string | undefined): value is FunctionTab {
  return (FUNCTION_TABS as readonly string[]).includes(value ?? '');
}

export const paths = {
  connection: (connectionId: string) => `/c/${enc(connectionId)}`,
  section: (connectionId: string, section: Section) => `/c/${enc(connectionId)}/${section}`,
  overview: (connectionId: string) => paths.section(connectionId, 'overview'),
  functions: (connectionId: string) => paths.section(connectionId, 'functions'),
  dependencies: (connectionId: string) => paths.section(connectionId, 'dependencies'),
  logs: (connectionId: string) => paths.section(connectionId, 'logs'),
  createFunction: (connectionId: string) => `/c/${enc(connectionId)}/functions/new`,
  function: (connectionId: string, pkg: string, name: string, tab: FunctionTab = 'code') =>
    `/c/${enc(connectionId)}/functions/${enc(pkg)}/${enc(name)}/${tab}`,
};

/**
 * The same page on another connection: the section is kept (Functions stays Functions), while a function
 * page falls back to the function list because that function may not exist on the other connection.
 */
export function switchConnectionPath(pathname: string, connectionId: string): string {
  const section = /^\/c\/[^/]+\/([^/]+)/.exec(pathname)?.[1];
  const known = SECTIONS.find((s) => s === section);
  return known ? paths.section(connectionId, known) : paths.overview(connectionId);
}
