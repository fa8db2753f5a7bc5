/**
 * The pages of the side navigation, in order. The navbar, the command palette and the breadcrumbs all read
 * this list, so a page added here shows up in all three.
 */
import { DashboardIcon, FunctionIcon, LogsIcon, PackageIcon } from '@/components/ui/icons';
import type { Section } from '@/lib/paths';

export interface NavItem {
  section: Section;
  labelKey: 'nav.overview' | 'nav.functions' | 'nav.dependencies' | 'nav.logs';
  Icon: typeof DashboardIcon;
  /** Extra words the palette matches on (both languages' synonyms). */
  keywords: readonly string[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    section: 'overview',
    labelKey: 'nav.overview',
    Icon: DashboardIcon,
    keywords: ['overview', 'home', '概览'],
  },
  {
    section: 'functions',
    labelKey: 'nav.functions',
    Icon: FunctionIcon,
    keywords: ['function list', '函数列表'],
  },
  {
    section: 'dependencies',
    labelKey: 'nav.dependencies',
    Icon: PackageIcon,
    keywords: ['dependency', 'package', 'library', 'layer', '依赖包', '依赖'],
  },
  { section: 'logs', labelKey: 'nav.logs', Icon: LogsIcon, keywords: ['lts', 'log', 'tail'] },
];
