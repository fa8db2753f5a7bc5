'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a worker thread started from a plain CommonJS file (no TypeScript loader in workers under every runner) */
// Writes batches of rows for sql-writer.ts on its own thread and connection: each message is one transaction.
// Progress goes to a shared counter that the main thread can wait on (sync()) when it must read its own writes.

const fs = require('node:fs');
const os = require('node:os');
const { parentPort, workerData } = require('node:worker_threads');

// Telemetry is background work: on Linux a thread has its own nice value, and at 5 this one yields the cores to
// the event loop and the function processes when they are busy, instead of delaying an invocation's answer by
// a scheduler slice. It still gets about a quarter of a contended core, far more than it needs.
try {
  os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()), 5);
} catch {
  // Not Linux, or not allowed: the thread keeps the process's priority.
}
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
