/** Moved to src/api/contract/timer-schedule.ts so the console's next-run preview shares the one implementation. */
export * from '../../src/api/contract/timer-schedule';
