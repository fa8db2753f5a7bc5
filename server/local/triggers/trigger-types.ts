/** Moved to src/api/contract/trigger-types.ts so the console's trigger forms share the seed's per-type rules. */
export * from '../../../src/api/contract/trigger-types';
