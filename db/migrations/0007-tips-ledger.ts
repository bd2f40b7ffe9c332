// The tips ledger at 100,000 tips: indexes so that every filter (and pair of filters) of the
// ledger finds its first page and counts up to the cap through an index; and each person's own
// view settings (列设置), kept per user.
import type { Migration } from './migration.ts';

export const m0007TipsLedger: Migration = {
  version: 7,
  name: 'tips ledger: indexes for every filter, per-user view settings',
  up(db) {
    db.exec(`
      CREATE TABLE user_prefs (
        user_id INTEGER NOT NULL REFERENCES users (id),
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
      ) WITHOUT ROWID;

      -- Each filter column of the ledger leads an index that holds every other filter column of
      -- tips too, in the ledger's order (received_date, then the row id): a filter, or any two,
      -- finds its first page and counts up to the cap inside one index, never reading the rows
      -- (which carry the full text) of tips that do not match.
      CREATE INDEX tips_by_status ON tips (status, received_date, disposal, channel, mode, handler_user_id, repeat_of, due_date);
      CREATE INDEX tips_by_disposal ON tips (disposal, received_date, status, channel, mode, handler_user_id, repeat_of, due_date);
      CREATE INDEX tips_by_channel ON tips (channel, received_date, status, disposal, mode, handler_user_id, repeat_of, due_date);
      CREATE INDEX tips_by_mode ON tips (mode, received_date, status, disposal, channel, handler_user_id, repeat_of, due_date);
      CREATE INDEX tips_by_handler ON tips (handler_user_id, received_date, status, disposal, channel, mode, repeat_of, due_date);
      CREATE INDEX tips_by_received ON tips (received_date, status, disposal, channel, mode, handler_user_id, repeat_of, due_date);
      CREATE INDEX tips_by_due ON tips (due_date, received_date, status, disposal, channel, mode, handler_user_id, repeat_of) WHERE due_date IS NOT NULL;
      CREATE INDEX tips_by_repeat ON tips (repeat_of, received_date, status, disposal, channel, mode, handler_user_id, due_date) WHERE repeat_of IS NOT NULL;
      -- 办理状态 × 处置方式 (承办中 + 初步核实) in the ledger's order, counted from the index alone.
      CREATE INDEX tips_status_disposal ON tips (status, disposal, received_date);
    `);
  },
};
