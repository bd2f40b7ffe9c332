// 0015: the closed loop (预警闭环). What a published 廉情指数 result calls for — a 预警告知书 for a red
// quarter or a found problem, the year's 预警建议书 for every unit, a grade-C unit's 廉政谈话 and its
// place on 不得评先评优, a grade-A unit's on 可参与优秀班子评定 — one row per unit, kind and
// publication, written in publishing's transaction, linked to the 公文 or the talk it made. The
// people on a grade-C unit's list (its 主要负责人 and 班子成员 in the registry at publication, and
// those added by hand) are rows of their own. Neither is ever deleted: a consequence is closed with
// a reason, a person removed from a list with a reason, and both stay.
import type { Migration } from './migration.ts';

const KINDS = `('预警告知书', '预警建议书', '廉政谈话', '不得评先评优', '可参与优秀班子评定')`;
const CATEGORIES = `('主要负责人', '班子成员', '一般干部')`;

export const m0015Consequences: Migration = {
  version: 15,
  name: 'consequences: what a published index result calls for, the year lists',
  up(db) {
    db.exec(`
      CREATE TABLE index_consequences (
        id INTEGER PRIMARY KEY,
        publication_id INTEGER NOT NULL REFERENCES index_publications (id),
        unit_id INTEGER NOT NULL REFERENCES units (id),
        kind TEXT NOT NULL CHECK (kind IN ${KINDS}),
        -- Why the result calls for it, as a person reads it (红色（58.20分）；查实信访件1件).
        basis TEXT NOT NULL,
        -- A talk's due date (the publication day plus the setting's days).
        due_date TEXT,
        document_id INTEGER REFERENCES documents (id),
        interview_id INTEGER REFERENCES interviews (id),
        delivered_date TEXT,
        delivered_note TEXT NOT NULL DEFAULT '',
        closed_reason TEXT,
        closed_by_name TEXT,
        closed_user_id INTEGER REFERENCES users (id),
        closed_at TEXT,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        FOREIGN KEY (publication_id, unit_id) REFERENCES index_results (publication_id, unit_id),
        UNIQUE (publication_id, unit_id, kind),
        CHECK ((closed_reason IS NULL) = (closed_at IS NULL)),
        CHECK (kind IN ('预警告知书', '预警建议书') OR document_id IS NULL),
        CHECK (kind = '廉政谈话' OR interview_id IS NULL),
        CHECK (kind = '廉政谈话' OR due_date IS NULL),
        CHECK (kind = '预警建议书' OR delivered_date IS NULL)
      );
      CREATE INDEX index_consequences_period ON index_consequences (publication_id, kind, id);
      CREATE INDEX index_consequences_unit ON index_consequences (unit_id, publication_id);
      CREATE UNIQUE INDEX index_consequences_document ON index_consequences (document_id) WHERE document_id IS NOT NULL;
      CREATE UNIQUE INDEX index_consequences_interview ON index_consequences (interview_id) WHERE interview_id IS NOT NULL;
      CREATE TRIGGER index_consequences_kept BEFORE DELETE ON index_consequences
        BEGIN SELECT RAISE(ABORT, '预警事项不能删除，只能关闭并说明理由'); END;
      CREATE TRIGGER index_consequences_fixed BEFORE UPDATE ON index_consequences
        WHEN NEW.publication_id <> OLD.publication_id OR NEW.unit_id <> OLD.unit_id OR NEW.kind <> OLD.kind OR NEW.basis <> OLD.basis
          OR NEW.created_at <> OLD.created_at OR OLD.closed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '预警事项的来源不能修改，已关闭的事项不能再修改'); END;

      -- The people on a grade-C unit's 不得评先评优 list (the unit's consequence row is the unit's entry).
      CREATE TABLE index_award_entries (
        id INTEGER PRIMARY KEY,
        consequence_id INTEGER NOT NULL REFERENCES index_consequences (id),
        person_id INTEGER NOT NULL REFERENCES people (id),
        person_name TEXT NOT NULL,
        post TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ${CATEGORIES}),
        basis TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        removed_reason TEXT,
        removed_by_name TEXT,
        removed_user_id INTEGER REFERENCES users (id),
        removed_at TEXT,
        UNIQUE (consequence_id, person_id),
        CHECK ((removed_reason IS NULL) = (removed_at IS NULL))
      );
      CREATE INDEX index_award_entries_person ON index_award_entries (person_id, consequence_id);
      CREATE TRIGGER index_award_entries_kept BEFORE DELETE ON index_award_entries
        BEGIN SELECT RAISE(ABORT, '名单人员不能删除，只能移出并说明理由'); END;
      CREATE TRIGGER index_award_entries_fixed BEFORE UPDATE ON index_award_entries
        WHEN NEW.consequence_id <> OLD.consequence_id OR NEW.person_id <> OLD.person_id OR NEW.basis <> OLD.basis
          OR NEW.added_at <> OLD.added_at OR OLD.removed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '名单人员的列入记录不能修改，已移出的不能再修改'); END;
    `);
  },
};
