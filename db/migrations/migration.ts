import type { Db } from '../types.ts';

export interface Migration {
  version: number;
  name: string;
  /**
   * The migration rebuilds a table other tables refer to (create, copy, drop, rename): it runs with
   * foreign keys off, as SQLite's procedure asks, and every reference is checked before it commits.
   */
  rebuildsReferencedTables?: boolean;
  up(db: Db): void;
}
