// 谈话函询 (issue 13). Talks (谈话) and inquiry letters (函询) — one table, `interviews`, numbered
// TH-/HX-YYYY-NNNN — with their interviewers, follow-ups, history (append only), files (the signed
// record, the 反馈单, the reply), extensions and the spot checks (抽查核实) of concluded letters. A
// lead disposed of as 谈话函询 gets a plan (谈话函询方案: per person reported, 谈话, 函询 or both),
// approved by a leader — by a user flagged 机关主要领导 when the rules ask for it (users.main_leader).
// The tip records where its plan stands (tips.plan_state) so that its own 办结 waits for the talks.
// Discipline events gain a source (信访件, 谈话, 函询) and the tip link becomes optional; 提醒 joins
// the outcomes. Existing events are copied as they are, with 信访件 as their source.
import type { Migration } from './migration.ts';

const OUTCOMES = `('党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '提醒', '移送司法', '无')`;
const CATEGORIES = `('主要负责人', '班子成员', '一般干部')`;
const TALK_TYPES = `('廉政谈话', '提醒谈话', '诫勉谈话', '约谈', '任前廉政谈话', '巡察谈话', '谈话函询')`;
const STATUSES = `('待谈话', '待办结', '待发函', '待答复', '待评估', '已办结')`;
const CAUSES = `('信访件', '整改事项', '预警告知书', '廉情指数', '其他')`;
const INTERVIEW_OUTCOMES = `('了结', '提醒', '批评教育', '诫勉', '转初步核实')`;

export const m0013Interviews: Migration = {
  version: 13,
  name: 'interviews: talks and inquiry letters, plans, spot checks; discipline events from every source; 机关主要领导',
  up(db) {
    db.exec(`
      ALTER TABLE users ADD COLUMN main_leader INTEGER NOT NULL DEFAULT 0 CHECK (main_leader IN (0, 1));
      ALTER TABLE tips ADD COLUMN plan_state TEXT CHECK (plan_state IN ('草拟', '待审批', '已批准'));

      CREATE TABLE discipline_events_v13 (
        id INTEGER PRIMARY KEY,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('信访件', '谈话', '函询')),
        source_id INTEGER NOT NULL,
        tip_id INTEGER REFERENCES tips (id),
        tip_person_id INTEGER REFERENCES tip_people (id),
        person_id INTEGER REFERENCES people (id),
        person_name TEXT NOT NULL,
        unit_id INTEGER REFERENCES units (id),
        unit_name TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ${CATEGORIES}),
        outcome TEXT NOT NULL CHECK (outcome IN ${OUTCOMES}),
        grade TEXT NOT NULL DEFAULT '',
        circumstance TEXT NOT NULL CHECK (circumstance IN ('从轻', '一般', '从重')),
        conduct_date TEXT,
        decided_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (tip_person_id),
        CHECK (source_kind <> '信访件' OR (tip_id = source_id AND tip_person_id IS NOT NULL)),
        CHECK ((tip_id IS NULL) = (tip_person_id IS NULL))
      );
      INSERT INTO discipline_events_v13 (id, source_kind, source_id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name,
          category, outcome, grade, circumstance, conduct_date, decided_date, created_at)
        SELECT id, '信访件', tip_id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name,
          category, outcome, grade, circumstance, conduct_date, decided_date, created_at
        FROM discipline_events;
      DROP TABLE discipline_events;
      ALTER TABLE discipline_events_v13 RENAME TO discipline_events;
      CREATE INDEX discipline_events_person ON discipline_events (person_id, decided_date) WHERE person_id IS NOT NULL;
      CREATE INDEX discipline_events_unit ON discipline_events (unit_id, decided_date) WHERE unit_id IS NOT NULL;
      CREATE INDEX discipline_events_tip ON discipline_events (tip_id) WHERE tip_id IS NOT NULL;
      CREATE INDEX discipline_events_source ON discipline_events (source_kind, source_id);
      CREATE INDEX discipline_events_decided ON discipline_events (decided_date, id);

      CREATE TABLE interview_counters (
        kind TEXT NOT NULL CHECK (kind IN ('谈话', '函询')),
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (kind, year)
      );

      -- 谈话函询方案: one per lead; a returned plan goes back to 草拟 with the leader's note.
      CREATE TABLE interview_plans (
        id INTEGER PRIMARY KEY,
        tip_id INTEGER NOT NULL UNIQUE REFERENCES tips (id),
        status TEXT NOT NULL CHECK (status IN ('草拟', '待审批', '已批准')),
        note TEXT NOT NULL DEFAULT '',
        -- A person is 主要负责人 of a lower-level party committee: a 机关主要领导 approves.
        needs_main_leader INTEGER NOT NULL DEFAULT 0 CHECK (needs_main_leader IN (0, 1)),
        drafted_by INTEGER REFERENCES users (id),
        submitted_at TEXT,
        decided_by INTEGER REFERENCES users (id),
        decided_at TEXT,
        decision_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE interview_plan_items (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES interview_plans (id),
        position INTEGER NOT NULL,
        tip_person_id INTEGER NOT NULL REFERENCES tip_people (id),
        way TEXT NOT NULL CHECK (way IN ('谈话', '函询', '谈话和函询')),
        holder TEXT NOT NULL CHECK (holder IN ('本委', '委托谈话', '上级纪委')),
        holder_names TEXT NOT NULL DEFAULT '',
        planned_date TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (plan_id, tip_person_id)
      );
      CREATE TABLE interview_plan_staff (
        item_id INTEGER NOT NULL REFERENCES interview_plan_items (id),
        user_id INTEGER NOT NULL REFERENCES users (id),
        PRIMARY KEY (item_id, user_id)
      );

      CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('谈话', '函询')),
        talk_type TEXT CHECK (talk_type IN ${TALK_TYPES}),
        holder TEXT NOT NULL CHECK (holder IN ('本委', '委托谈话', '上级纪委')),
        -- 委托谈话: the entrusted head (name, post); 上级纪委: the interviewers' names as typed.
        holder_names TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ${STATUSES}),
        plan_id INTEGER REFERENCES interview_plans (id),
        plan_item_id INTEGER REFERENCES interview_plan_items (id),
        cause_kind TEXT NOT NULL CHECK (cause_kind IN ${CAUSES}),
        tip_id INTEGER REFERENCES tips (id),
        tip_person_id INTEGER REFERENCES tip_people (id),
        rect_item_id INTEGER REFERENCES rect_items (id),
        warning_document_id INTEGER REFERENCES documents (id),
        cause_text TEXT NOT NULL DEFAULT '',
        person_id INTEGER NOT NULL REFERENCES people (id),
        person_name TEXT NOT NULL,
        unit_id INTEGER REFERENCES units (id),
        unit_name TEXT NOT NULL DEFAULT '',
        post TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ${CATEGORIES}),
        planned_date TEXT,
        planned_time TEXT,
        place TEXT NOT NULL DEFAULT '',
        recorder_user_id INTEGER REFERENCES users (id),
        -- The 函询通知书 / 委托谈话通知书 / 谈话通知 issued for it (the latest).
        notice_document_id INTEGER REFERENCES documents (id),
        sent_date TEXT,
        held_date TEXT,
        held_time TEXT,
        key_points TEXT NOT NULL DEFAULT '',
        statement TEXT NOT NULL DEFAULT '',
        reply_date TEXT,
        reply_countersigned INTEGER NOT NULL DEFAULT 0 CHECK (reply_countersigned IN (0, 1)),
        reply_summary TEXT NOT NULL DEFAULT '',
        assessment TEXT CHECK (assessment IN ('如实说明', '说明不清', '不如实或有问题')),
        supplements INTEGER NOT NULL DEFAULT 0,
        outcome TEXT CHECK (outcome IN ${INTERVIEW_OUTCOMES}),
        outcome_note TEXT NOT NULL DEFAULT '',
        signed_date TEXT,
        concluded_date TEXT,
        event_id INTEGER REFERENCES discipline_events (id),
        meeting_date TEXT,
        meeting_note TEXT NOT NULL DEFAULT '',
        -- The deadline running now (谈话 for a 委托谈话, 记录 and 反馈单 after it, 答复 of a letter).
        due_kind TEXT CHECK (due_kind IN ('谈话', '记录', '答复')),
        due_original TEXT,
        due_date TEXT,
        -- The ledger's date: the talk's (held, else planned) or the letter's (sent, else registered).
        ledger_date TEXT NOT NULL,
        created_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id),
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        CHECK ((kind = '谈话') = (talk_type IS NOT NULL)),
        CHECK ((status = '已办结') = (concluded_date IS NOT NULL)),
        CHECK ((status = '已办结') = (outcome IS NOT NULL)),
        CHECK ((due_date IS NULL) = (due_kind IS NULL)),
        CHECK (kind = '谈话' OR holder = '本委')
      );
      CREATE INDEX interviews_by_date ON interviews (ledger_date, id);
      CREATE INDEX interviews_by_status ON interviews (status, ledger_date, id);
      CREATE INDEX interviews_by_kind ON interviews (kind, talk_type, ledger_date, id);
      CREATE INDEX interviews_by_person ON interviews (person_id, ledger_date);
      CREATE INDEX interviews_by_unit ON interviews (unit_id, ledger_date, id);
      CREATE INDEX interviews_by_tip ON interviews (tip_id, id) WHERE tip_id IS NOT NULL;
      CREATE INDEX interviews_by_rect ON interviews (rect_item_id) WHERE rect_item_id IS NOT NULL;
      CREATE INDEX interviews_by_due ON interviews (due_date, id) WHERE due_date IS NOT NULL;
      CREATE INDEX interviews_planned ON interviews (planned_date, planned_time, id) WHERE status = '待谈话';
      CREATE INDEX interviews_by_outcome ON interviews (outcome, concluded_date) WHERE outcome IS NOT NULL;
      -- 我参加的: the talks a user records (the interviewers are found through interview_staff_by_user).
      CREATE INDEX interviews_by_recorder ON interviews (recorder_user_id) WHERE recorder_user_id IS NOT NULL;
      -- The ledger newest first within a kind (a letter's talk_type is null, so interviews_by_kind does not give this order).
      CREATE INDEX interviews_kind_date ON interviews (kind, ledger_date, id);
      -- Sorted by 期限 with the records without one (the partial interviews_by_due leaves them out).
      CREATE INDEX interviews_due_order ON interviews (due_date, id);
      -- 统计: the counts by 类别 per period read the index alone.
      CREATE INDEX interviews_stats ON interviews (ledger_date, kind, talk_type);

      CREATE TABLE interview_staff (
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        user_id INTEGER NOT NULL REFERENCES users (id),
        PRIMARY KEY (interview_id, user_id)
      );
      CREATE INDEX interview_staff_by_user ON interview_staff (user_id, interview_id);

      CREATE TABLE interview_followups (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        content TEXT NOT NULL,
        due_date TEXT NOT NULL,
        done_date TEXT,
        done_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX interview_followups_open ON interview_followups (due_date, interview_id) WHERE done_date IS NULL;
      CREATE INDEX interview_followups_of ON interview_followups (interview_id, id);

      -- The history: what was done, when, by whom. Rows are never changed or deleted.
      CREATE TABLE interview_history (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        action TEXT NOT NULL,
        date TEXT,
        text TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX interview_history_of ON interview_history (interview_id, id);
      CREATE TRIGGER interview_history_no_update BEFORE UPDATE ON interview_history
        BEGIN SELECT RAISE(ABORT, '谈话函询的办理记录不能修改'); END;
      CREATE TRIGGER interview_history_no_delete BEFORE DELETE ON interview_history
        BEGIN SELECT RAISE(ABORT, '谈话函询的办理记录不能删除'); END;

      CREATE TABLE interview_files (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        kind TEXT NOT NULL CHECK (kind IN ('签字谈话记录', '反馈单', '答复材料', '其他材料')),
        sha256 TEXT NOT NULL REFERENCES files (sha256),
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL
      );
      CREATE INDEX interview_files_of ON interview_files (interview_id, id);

      CREATE TABLE interview_extensions (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        requested_at TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        reason TEXT NOT NULL,
        old_due TEXT NOT NULL,
        new_due TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT '待审批' CHECK (state IN ('待审批', '已批准', '未批准')),
        decided_at TEXT,
        decided_by TEXT,
        decision_note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX interview_extensions_of ON interview_extensions (interview_id, id);
      CREATE UNIQUE INDEX interview_extensions_one_pending ON interview_extensions (interview_id) WHERE state = '待审批';

      -- 抽查核实: the 函询 concluded as 了结 in a period are the population; a share of them drawn
      -- with a seed made at drawing time (recorded here and in the audit entry).
      CREATE TABLE spot_check_batches (
        id INTEGER PRIMARY KEY,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        share_percent INTEGER NOT NULL CHECK (share_percent BETWEEN 1 AND 100),
        population INTEGER NOT NULL,
        drawn INTEGER NOT NULL,
        seed TEXT NOT NULL,
        drawn_at TEXT NOT NULL,
        drawn_by INTEGER REFERENCES users (id),
        drawn_by_name TEXT NOT NULL
      );
      CREATE TABLE spot_check_items (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES spot_check_batches (id),
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        result TEXT CHECK (result IN ('属实', '不属实')),
        result_date TEXT,
        result_note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT,
        recorded_at TEXT,
        UNIQUE (batch_id, interview_id)
      );
      CREATE INDEX spot_check_items_of_interview ON spot_check_items (interview_id);

      -- Search over what is not content: number, person, unit, post, cause, place (character tokens).
      CREATE VIRTUAL TABLE interview_fts USING fts5 (
        text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
  },
};
