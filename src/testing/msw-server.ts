/** The MSW server for client tests; started in setup.ts with unhandled requests as errors (STYLE.md rule 8). */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
