import type { Db } from '../types.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
