/** Strings of the dependencies feature (GLOSSARY.md §1, §3, §4: Dependencies, Create Dependency / Version). */
import { defineCatalogue } from '@/i18n/feature-catalogue';
import { dependenciesEnUS } from './i18n-en-us';
import { dependenciesZhCN } from './i18n-zh-cn';

export const dependenciesCatalogue = defineCatalogue('dependencies', dependenciesEnUS, dependenciesZhCN);
