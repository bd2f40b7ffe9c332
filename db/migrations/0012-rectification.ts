// 整改 (issue 12). A unit gets its 联系干部 (the office user who follows it). Rectification items
// (整改事项) from a source — an issued 预警告知书, a tip, or a named document — with measures,
// progress, evidence (files by SHA-256, as tip attachments), 申请验收 / 验收 / 销号 and 延期 as
// history rows; the deadline in force is kept on the item, the original beside it, and every
// approved extension with the day it was decided, so "overdue at a quarter's end" is answered from
// the history. A 预警告知书's written 整改情况报告 is recorded against the notice.
import type { Migration } from './migration.ts';

const STATUSES = `('未启动', '整改中', '待验收', '已销号')`;
const SOURCES = `('预警告知书', '巡察反馈', '审计发现', '信访核查', '民主生活会', '专项检查', '其他')`;

export const m0012Rectification: Migration = {
  version: 12,
  name: 'rectification: items, measures, history, evidence, extensions, notice reports; units get a 联系干部',
  up(db) {
    db.exec(`
      ALTER TABLE units ADD COLUMN liaison_user_id INTEGER REFERENCES users (id);
      CREATE INDEX units_by_liaison ON units (liaison_user_id) WHERE liaison_user_id IS NOT NULL;

      CREATE TABLE rect_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
      );

      CREATE TABLE rect_items (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL CHECK (source IN ${SOURCES}),
        source_ref TEXT NOT NULL DEFAULT '',
        document_id INTEGER REFERENCES documents (id),
        tip_id INTEGER REFERENCES tips (id),
        unit_id INTEGER NOT NULL REFERENCES units (id),
        problem TEXT NOT NULL,
        category TEXT NOT NULL,
        leader_person_id INTEGER REFERENCES people (id),
        owner_person_id INTEGER REFERENCES people (id),
        deadline_original TEXT NOT NULL,
        deadline TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT '未启动' CHECK (status IN ${STATUSES}),
        percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        latest_progress TEXT NOT NULL DEFAULT '',
        -- A check passed since the last 申请验收 (a leader may close it).
        verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
        acceptance_by INTEGER REFERENCES users (id),
        recurrence_of INTEGER REFERENCES rect_items (id),
        remarks TEXT NOT NULL DEFAULT '',
        created_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        closed_on TEXT,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        CHECK ((status = '已销号') = (closed_on IS NOT NULL)),
        CHECK (source <> '预警告知书' OR document_id IS NOT NULL),
        CHECK (recurrence_of IS NULL OR recurrence_of <> id)
      );
      CREATE INDEX rect_items_by_deadline ON rect_items (deadline, id);
      CREATE INDEX rect_items_by_status ON rect_items (status, deadline, id);
      CREATE INDEX rect_items_by_unit ON rect_items (unit_id, deadline, id);
      CREATE INDEX rect_items_by_source ON rect_items (source, deadline, id);
      CREATE INDEX rect_items_by_document ON rect_items (document_id) WHERE document_id IS NOT NULL;
      CREATE INDEX rect_items_by_tip ON rect_items (tip_id) WHERE tip_id IS NOT NULL;
      CREATE INDEX rect_items_by_recurrence ON rect_items (recurrence_of) WHERE recurrence_of IS NOT NULL;
      CREATE INDEX rect_items_by_leader ON rect_items (leader_person_id) WHERE leader_person_id IS NOT NULL;
      CREATE INDEX rect_items_by_owner ON rect_items (owner_person_id) WHERE owner_person_id IS NOT NULL;
      -- The ledger's 逾期 / 即将到期 / 需督办 and 首页's lists: the open items in deadline order (the
      -- filter is written exactly as status <> '已销号' for this index to serve it).
      CREATE INDEX rect_items_open ON rect_items (deadline, id) WHERE status <> '已销号';
      CREATE INDEX rect_items_open_by_unit ON rect_items (unit_id, deadline, id) WHERE status <> '已销号';
      CREATE INDEX rect_items_by_closed ON rect_items (closed_on, id);
      CREATE INDEX rect_items_by_percent ON rect_items (percent, id);
      -- The summaries of the whole ledger: every column they count, read without the rows.
      CREATE INDEX rect_items_summary ON rect_items (unit_id, source, status, deadline, closed_on);
      -- Overdue at a day (the index's quarter end): the items still open at its end, registered by
      -- then, with what the rule reads — a range of this index instead of every item.
      CREATE INDEX rect_items_open_at ON rect_items (ifnull(closed_on, '9999-12-31'), created_on, unit_id, deadline_original);

      CREATE TABLE rect_measures (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES rect_items (id),
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner_person_id INTEGER REFERENCES people (id),
        due_date TEXT,
        UNIQUE (item_id, seq)
      );
      CREATE INDEX rect_measures_by_owner ON rect_measures (owner_person_id) WHERE owner_person_id IS NOT NULL;

      -- The history: every step, never changed or removed.
      CREATE TABLE rect_events (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES rect_items (id),
        kind TEXT NOT NULL,
        on_date TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        percent INTEGER,
        from_status TEXT,
        to_status TEXT,
        -- JSON: the evidence's hashes at 销号; the deadlines of an extension.
        data TEXT NOT NULL DEFAULT '{}',
        by_user INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX rect_events_by_item ON rect_events (item_id, id);
      CREATE TRIGGER rect_events_unchanged BEFORE UPDATE ON rect_events
      BEGIN SELECT RAISE(ABORT, '整改记录不能修改'); END;
      CREATE TRIGGER rect_events_kept BEFORE DELETE ON rect_events
      BEGIN SELECT RAISE(ABORT, '整改记录不能删除'); END;

      CREATE TABLE rect_extensions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES rect_items (id),
        previous_deadline TEXT NOT NULL,
        requested_deadline TEXT NOT NULL,
        reason TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT '待审批' CHECK (state IN ('待审批', '已批准', '不批准')),
        requested_by INTEGER REFERENCES users (id),
        requested_by_name TEXT NOT NULL,
        requested_at TEXT NOT NULL,
        decided_by INTEGER REFERENCES users (id),
        decided_by_name TEXT,
        decided_on TEXT,
        decided_at TEXT,
        opinion TEXT NOT NULL DEFAULT '',
        CHECK ((state = '待审批') = (decided_on IS NULL))
      );
      CREATE INDEX rect_extensions_by_item ON rect_extensions (item_id, id);
      -- The index reads approved extensions by the day they were decided.
      CREATE INDEX rect_extensions_approved ON rect_extensions (item_id, decided_on) WHERE state = '已批准';

      -- Notice reports first: a file belongs to an item or to a notice's report.
      CREATE TABLE rect_notice_reports (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id),
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        by_user INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX rect_notice_reports_by_document ON rect_notice_reports (document_id, id);

      -- 佐证材料 and report scans: content in files (by SHA-256, sealed in the attachments folder).
      CREATE TABLE rect_files (
        id INTEGER PRIMARY KEY,
        item_id INTEGER REFERENCES rect_items (id),
        report_id INTEGER REFERENCES rect_notice_reports (id),
        sha256 TEXT NOT NULL REFERENCES files (sha256),
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        added_by INTEGER REFERENCES users (id),
        added_by_name TEXT NOT NULL,
        CHECK ((item_id IS NULL) <> (report_id IS NULL))
      );
      CREATE INDEX rect_files_by_item ON rect_files (item_id, id) WHERE item_id IS NOT NULL;
      CREATE INDEX rect_files_by_report ON rect_files (report_id) WHERE report_id IS NOT NULL;

      -- Search: problem, measures, unit and number; every character a token (as tips_fts).
      CREATE VIRTUAL TABLE rect_fts USING fts5 (
        text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
  },
};
