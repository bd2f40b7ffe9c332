// better-sqlite3-multiple-ciphers is better-sqlite3 built with SQLite3MultipleCiphers: the same
// API. Its own typings are not reachable through its package.json "exports", so the module is
// typed with @types/better-sqlite3 (the cipher is set with pragmas, db/crypt/cipher.ts).
declare module 'better-sqlite3-multiple-ciphers' {
  import Database = require('better-sqlite3');
  export = Database;
}
