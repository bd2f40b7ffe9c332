// 信访举报 / 问题线索: tips, their people, units, categories, steps, deadlines and extensions,
// attachments (files by content hash), discipline outcomes, and the holiday calendar.
import type { Migration } from './migration.ts';
import { HOLIDAY_SEED_0003 } from './seeds/0003-holidays.ts';

const STATUSES = `('待拟办', '待审批', '承办中', '待反馈', '待归档', '已归档')`;

export const m0003Tips: Migration = {
  version: 3,
  name: 'tips: registration to archive, outcomes, attachments, holiday calendar',
  up(db) {
    db.exec(`
      CREATE TABLE holidays (
        date TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('休', '班')),
        name TEXT NOT NULL DEFAULT ''
      ) WITHOUT ROWID;

      CREATE TABLE tip_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last >= 0)
      );

      CREATE TABLE tips (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        received_date TEXT NOT NULL,
        channel TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('实名', '匿名')),
        reporter_name TEXT NOT NULL DEFAULT '',
        reporter_phone TEXT NOT NULL DEFAULT '',
        reporter_id_number TEXT NOT NULL DEFAULT '',
        reporter_address TEXT NOT NULL DEFAULT '',
        query_code_hash TEXT UNIQUE,
        summary TEXT NOT NULL,
        content TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ${STATUSES}),
        disposal TEXT CHECK (disposal IS NULL OR disposal IN ('谈话函询', '初步核实', '暂存待查', '予以了结')),
        handling_dept TEXT NOT NULL DEFAULT '',
        handler_user_id INTEGER REFERENCES users (id),
        proposal_note TEXT NOT NULL DEFAULT '',
        handling_due_original TEXT,
        due_date TEXT,
        result TEXT CHECK (result IS NULL OR result IN ('查实', '部分查实', '查否')),
        conclusion TEXT NOT NULL DEFAULT '',
        concluded_date TEXT,
        feedback_date TEXT,
        feedback_way TEXT,
        feedback_content TEXT NOT NULL DEFAULT '',
        feedback_by TEXT,
        feedback_at TEXT,
        archived_at TEXT,
        repeat_of INTEGER REFERENCES tips (id),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        UNIQUE (year, seq),
        CHECK (repeat_of IS NULL OR repeat_of <> id),
        CHECK (mode = '实名' OR (reporter_name = '' AND reporter_phone = '' AND reporter_id_number = '' AND reporter_address = ''))
      );
      CREATE INDEX tips_received ON tips (received_date, id);
      CREATE INDEX tips_received_originals ON tips (received_date) WHERE repeat_of IS NULL;
      CREATE INDEX tips_status_due ON tips (status, due_date);
      CREATE INDEX tips_due ON tips (due_date) WHERE due_date IS NOT NULL;
      CREATE INDEX tips_due_sort ON tips (ifnull(due_date, '9999-12-31'), id);
      CREATE INDEX tips_handler ON tips (handler_user_id, status);
      CREATE INDEX tips_repeat_of ON tips (repeat_of) WHERE repeat_of IS NOT NULL;
      CREATE INDEX tips_channel ON tips (channel, received_date);
      CREATE INDEX tips_disposal ON tips (disposal, received_date);

      CREATE TABLE tip_categories (
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        category TEXT NOT NULL,
        PRIMARY KEY (tip_id, category)
      ) WITHOUT ROWID;
      CREATE INDEX tip_categories_category ON tip_categories (category, tip_id);

      CREATE TABLE tip_people (
        id INTEGER PRIMARY KEY,
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        position INTEGER NOT NULL,
        person_id INTEGER REFERENCES people (id),
        name TEXT NOT NULL,
        unit_id INTEGER REFERENCES units (id),
        unit_name TEXT NOT NULL DEFAULT '',
        post TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('主要负责人', '班子成员', '一般干部'))
      );
      CREATE INDEX tip_people_tip ON tip_people (tip_id, position);
      CREATE INDEX tip_people_person ON tip_people (person_id, tip_id) WHERE person_id IS NOT NULL;
      CREATE INDEX tip_people_name ON tip_people (name, tip_id);
      CREATE INDEX tip_people_unit ON tip_people (unit_id, tip_id) WHERE unit_id IS NOT NULL;

      CREATE TABLE tip_units (
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        unit_id INTEGER NOT NULL REFERENCES units (id),
        PRIMARY KEY (tip_id, unit_id)
      ) WITHOUT ROWID;
      CREATE INDEX tip_units_unit ON tip_units (unit_id, tip_id);

      CREATE TABLE tip_steps (
        id INTEGER PRIMARY KEY,
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        at TEXT NOT NULL,
        step TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        actor_user_id INTEGER REFERENCES users (id),
        actor_name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        due_date TEXT
      );
      CREATE INDEX tip_steps_tip ON tip_steps (tip_id, id);

      CREATE TABLE tip_extensions (
        id INTEGER PRIMARY KEY,
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        requested_at TEXT NOT NULL,
        requested_by_user_id INTEGER REFERENCES users (id),
        requested_by TEXT NOT NULL,
        reason TEXT NOT NULL,
        old_due TEXT NOT NULL,
        new_due TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT '待审批' CHECK (state IN ('待审批', '已批准', '未批准')),
        decided_at TEXT,
        decided_by TEXT,
        decision_note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX tip_extensions_tip ON tip_extensions (tip_id, id);
      CREATE INDEX tip_extensions_pending ON tip_extensions (state) WHERE state = '待审批';

      CREATE TABLE files (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE tip_attachments (
        id INTEGER PRIMARY KEY,
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        sha256 TEXT NOT NULL REFERENCES files (sha256),
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
      );
      CREATE INDEX tip_attachments_tip ON tip_attachments (tip_id, id);

      -- Outcomes per person reported: what the scoring engine reads (廉勤性 deductions).
      CREATE TABLE discipline_events (
        id INTEGER PRIMARY KEY,
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        tip_person_id INTEGER NOT NULL REFERENCES tip_people (id),
        person_id INTEGER REFERENCES people (id),
        person_name TEXT NOT NULL,
        unit_id INTEGER REFERENCES units (id),
        unit_name TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('主要负责人', '班子成员', '一般干部')),
        outcome TEXT NOT NULL CHECK (outcome IN ('党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '移送司法', '无')),
        grade TEXT NOT NULL DEFAULT '',
        circumstance TEXT NOT NULL CHECK (circumstance IN ('从轻', '一般', '从重')),
        conduct_date TEXT,
        decided_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (tip_person_id)
      );
      CREATE INDEX discipline_events_person ON discipline_events (person_id, decided_date) WHERE person_id IS NOT NULL;
      CREATE INDEX discipline_events_unit ON discipline_events (unit_id, decided_date) WHERE unit_id IS NOT NULL;
      CREATE INDEX discipline_events_tip ON discipline_events (tip_id);

      CREATE TABLE tip_repeat_dismissals (
        tip_id INTEGER NOT NULL REFERENCES tips (id),
        other_id INTEGER NOT NULL REFERENCES tips (id),
        at TEXT NOT NULL,
        by_name TEXT NOT NULL,
        PRIMARY KEY (tip_id, other_id)
      ) WITHOUT ROWID;

      -- Full-text search over number, summary, content and the names reported: every character
      -- is its own token, so a query of any length (1 character or more) is a phrase query.
      -- Reporter data is never indexed.
      CREATE VIRTUAL TABLE tips_fts USING fts5 (
        body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      -- How many tips hold each character: repeat detection searches by the rarest pieces.
      CREATE VIRTUAL TABLE tips_fts_vocab USING fts5vocab (tips_fts, 'row');
    `);
    const insert = db.prepare('INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?)');
    for (const [date, kind, name] of HOLIDAY_SEED_0003) insert.run(date, kind, name);
  },
};
