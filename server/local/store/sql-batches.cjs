'use strict';
// Writes groups of rows ({ sql, rows }) in one transaction, with prepared statements cached by their SQL. Plain
// CommonJS so that both the writer's worker thread (no TypeScript loader there) and sql-writer.ts use this one copy.

/** @param {import('better-sqlite3').Database} db */
function batchWriter(db) {
  const statements = new Map();
  return db.transaction((groups) => {
    for (const group of groups) {
      let s = statements.get(group.sql);
      if (!s) {
        s = db.prepare(group.sql);
        statements.set(group.sql, s);
      }
      for (const row of group.rows) {
        if (Array.isArray(row)) s.run(...row);
        else s.run(row);
      }
    }
  });
}

module.exports = { batchWriter };
