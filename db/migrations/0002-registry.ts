import type { Migration } from './migration.ts';

export const m0002Registry: Migration = {
  version: 2,
  name: 'registry: units, people, name search grams',
  up(db) {
    db.exec(`
      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('镇（街道）', '行政村', '社区', '机关部门', '基层站所', '国有企业', '事业单位', '其他')),
        parent_id INTEGER REFERENCES units (id),
        headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
        leader_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '正常' CHECK (status IN ('正常', '已撤销')),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (parent_id IS NULL OR parent_id <> id)
      );
      CREATE UNIQUE INDEX units_parent_name ON units (ifnull(parent_id, 0), name);
      CREATE INDEX units_parent ON units (parent_id);
      CREATE INDEX units_name ON units (name);
      CREATE INDEX units_type_name ON units (type, name);

      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        post TEXT NOT NULL,
        rank TEXT NOT NULL,
        party_member INTEGER NOT NULL CHECK (party_member IN (0, 1)),
        category TEXT NOT NULL CHECK (category IN ('主要负责人', '班子成员', '一般干部')),
        status TEXT NOT NULL DEFAULT '在职' CHECK (status IN ('在职', '已离任')),
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX people_unit_name ON people (unit_id, name);
      CREATE INDEX people_name ON people (name);
      CREATE INDEX people_category ON people (category, name);

      -- 1- and 2-character pieces of names, so a search of any length finds names fast
      -- (FTS5 trigram cannot match fewer than 3 characters).
      CREATE TABLE search_grams (
        kind TEXT NOT NULL,
        gram TEXT NOT NULL,
        ref INTEGER NOT NULL,
        PRIMARY KEY (kind, gram, ref)
      ) WITHOUT ROWID;
      CREATE INDEX search_grams_ref ON search_grams (kind, ref);
    `);
  },
};
