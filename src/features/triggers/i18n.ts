/** Strings of the Triggers tab (GLOSSARY.md §3 buttons, §9 trigger type names). */
import { defineCatalogue } from '@/i18n/feature-catalogue';
import { triggersEnUS } from './i18n-en-us';
import { triggersZhCN } from './i18n-zh-cn';

export const triggersCatalogue = defineCatalogue('triggers', triggersEnUS, triggersZhCN, [
  'fields.kafka_ssl_enable',
  'fields.ssl_enable',
  'types.APIC',
]);
