'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a worker thread started from a plain CommonJS file (no TypeScript loader in workers under every runner) */
// Writes batches of rows for sql-writer.ts on its own thread and connection: each message is one transaction.
// Progress goes to a shared counter that the main thread can wait on (sync()) when it must read its own writes.

const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const { batchWriter } = require('./sql-batches.cjs');

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const done = new Int32Array(workerData.progress);
const write = batchWriter(db);

parentPort.on('message', (message) => {
  if (message.groups) {
    try {
      write(message.groups);
    } catch (error) {
      parentPort.postMessage({
        error: error instanceof Error ? error.stack || error.message : String(error),
      });
    }
  }
  Atomics.store(done, 0, message.seq);
  Atomics.notify(done, 0);
  if (message.close) {
    db.close();
    parentPort.close();
  }
});
