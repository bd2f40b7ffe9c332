import type { Migration } from './migration.ts';
import { indexTip } from '../repos/tips/index.ts';

/**
 * Search exact within one field, and 反映内容 apart from the rest: the tips' search index is
 * rebuilt with two columns (meta: number, 问题摘要, people and units reported; content: 反映内容)
 * and every character indexed — punctuation, symbols and white space included — so a query no
 * longer runs across sentences or fields. Attachments gain the clerk's mark 不含举报人信息, which
 * lets roles without the 信访内容 right open them; files added before are unmarked (protected).
 * Text stored before this version was cleaned (NFKC, white space collapsed) when typed; what was
 * lost then cannot be restored here, and nothing stored is changed.
 */
export const m0005TipsSearchContent: Migration = {
  version: 5,
  name: 'tips: search exact within one field, content apart; attachments marked free of reporter data',
  up(db) {
    db.exec(`
      DROP TABLE tips_fts_vocab;
      DROP TABLE tips_fts;
      CREATE VIRTUAL TABLE tips_fts USING fts5 (
        meta, content, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE VIRTUAL TABLE tips_fts_vocab USING fts5vocab (tips_fts, 'row');
      ALTER TABLE tip_attachments ADD COLUMN reporter_free INTEGER NOT NULL DEFAULT 0 CHECK (reporter_free IN (0, 1));
    `);
    const tips = db.prepare('SELECT id, number, summary, content FROM tips ORDER BY id').all() as Array<{ id: number; number: string; summary: string; content: string }>;
    const people = db.prepare('SELECT name, unit_name AS unitName, post FROM tip_people WHERE tip_id = ? ORDER BY position');
    const units = db.prepare('SELECT u.name FROM tip_units tu JOIN units u ON u.id = tu.unit_id WHERE tu.tip_id = ? ORDER BY u.name');
    for (const t of tips) {
      const names = [
        ...(people.all(t.id) as Array<{ name: string; unitName: string; post: string }>).flatMap((p) => [p.name, p.unitName, p.post]),
        ...(units.all(t.id) as Array<{ name: string }>).map((u) => u.name),
      ];
      indexTip(db, t.id, { number: t.number, summary: t.summary, names, content: t.content });
    }
  },
};
