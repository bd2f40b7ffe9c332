// 0014: the integrity index (廉情指数). A unit's 设立日期 and 撤销日期 (which quarters it is scored
// in); the yearly schemes as data, frozen once enabled; the inputs with who entered them — control
// checklists, survey rates, administrative costs (entered or imported, each import recorded),
// supervision findings, bonuses, decisions made elsewhere —; publications, each frozen with its
// scheme version, its inputs' hash and every unit's result and lines. discipline_events is rebuilt
// (rows copied exactly) to take decisions made elsewhere as a source and their outcomes 效能问责,
// 通报批评, 刑事责任; tables referring to it are left as they are (foreign keys are checked after).
import type { Migration } from './migration.ts';
import { dateInZone, isIsoDate, isTimeZone } from '../../shared/kernel/dates.ts';

const OUTCOMES = `('党纪处分', '政务处分', '组织处理', '诫勉', '批评教育', '提醒', '移送司法', '无', '效能问责', '通报批评', '刑事责任')`;
const CATEGORIES = `('主要负责人', '班子成员', '一般干部')`;
const CHECK_RESULTS = `('落实', '部分落实', '未落实')`;
const QUARTER = `CHECK (quarter BETWEEN 0 AND 4)`;

/** The office's day of an instant stored as ISO text, in the time zone 系统设置 holds (default Beijing); null if it is not one. */
function officeDay(db: Parameters<Migration['up']>[0]): (iso: string) => string | null {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'officeTimeZone'").get() as { value: string } | undefined;
  let zone = 'Asia/Shanghai';
  if (row) {
    try {
      const v: unknown = JSON.parse(row.value);
      if (typeof v === 'string' && isTimeZone(v)) zone = v;
    } catch {
      // a stored value that does not parse keeps the default zone
    }
  }
  return (iso) => {
    const instant = new Date(iso);
    if (!Number.isNaN(instant.getTime())) return dateInZone(instant, zone);
    // Text that is not an instant: its leading date when it has one, else none (the unit is scored
    // once its 设立日期 is set in the registry).
    const lead = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
    return lead !== undefined && isIsoDate(lead) ? lead : null;
  };
}

export const m0014Integrity: Migration = {
  version: 14,
  name: 'integrity',
  rebuildsReferencedTables: true,
  up(db) {
    db.exec(`
      ALTER TABLE units ADD COLUMN established_date TEXT;
      ALTER TABLE units ADD COLUMN revoked_date TEXT;
    `);
    const day = officeDay(db);
    const setDates = db.prepare('UPDATE units SET established_date = ?, revoked_date = ? WHERE id = ?');
    const units = db.prepare('SELECT id, status, created_at, updated_at FROM units').all() as Array<{ id: number; status: string; created_at: string; updated_at: string }>;
    // 撤销 before this version kept no date: the day of the unit's last change is the day it was revoked.
    for (const u of units) setDates.run(day(u.created_at), u.status === '已撤销' ? day(u.updated_at) : null, u.id);
    db.exec(`
      CREATE INDEX units_established ON units (established_date);
      -- The index reads a quarter's substantiated tips by their conclusion day.
      CREATE INDEX tips_substantiated ON tips (concluded_date) WHERE result IN ('查实', '部分查实');

      CREATE TABLE discipline_events_v14 (
        id INTEGER PRIMARY KEY,
        source_kind TEXT NOT NULL CHECK (source_kind IN ('信访件', '谈话', '函询', '外部决定')),
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
      INSERT INTO discipline_events_v14 (id, source_kind, source_id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name,
          category, outcome, grade, circumstance, conduct_date, decided_date, created_at)
        SELECT id, source_kind, source_id, tip_id, tip_person_id, person_id, person_name, unit_id, unit_name,
          category, outcome, grade, circumstance, conduct_date, decided_date, created_at
        FROM discipline_events;
      DROP TABLE discipline_events;
      ALTER TABLE discipline_events_v14 RENAME TO discipline_events;
      CREATE INDEX discipline_events_person ON discipline_events (person_id, decided_date) WHERE person_id IS NOT NULL;
      CREATE INDEX discipline_events_unit ON discipline_events (unit_id, decided_date) WHERE unit_id IS NOT NULL;
      CREATE INDEX discipline_events_tip ON discipline_events (tip_id) WHERE tip_id IS NOT NULL;
      CREATE INDEX discipline_events_source ON discipline_events (source_kind, source_id);
      CREATE INDEX discipline_events_decided ON discipline_events (decided_date, id);

      -- 评分方案: one or more versions a year; content is the scheme as JSON (shared/integrity/scheme.ts).
      CREATE TABLE index_schemes (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        version INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT '草稿' CHECK (status IN ('草稿', '已启用')),
        content TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_by INTEGER REFERENCES users (id),
        created_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        enabled_by INTEGER REFERENCES users (id),
        enabled_by_name TEXT,
        enabled_at TEXT,
        row_version INTEGER NOT NULL DEFAULT 0,
        UNIQUE (year, version),
        CHECK ((status = '已启用') = (enabled_at IS NOT NULL))
      );
      CREATE INDEX index_schemes_enabled ON index_schemes (year, version) WHERE status = '已启用';
      -- An enabled version is frozen: its content never changes, it is never disabled or removed.
      CREATE TRIGGER index_schemes_frozen BEFORE UPDATE ON index_schemes
        WHEN OLD.status = '已启用'
        BEGIN SELECT RAISE(ABORT, '已启用的评分方案不能修改'); END;
      CREATE TRIGGER index_schemes_kept BEFORE DELETE ON index_schemes
        BEGIN SELECT RAISE(ABORT, '评分方案不能删除'); END;

      -- An import of a filled sheet (control checklist, survey rates, costs): the rows it wrote name it.
      CREATE TABLE index_imports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('控制性检查', '满意度调查', '行政成本')),
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL ${QUARTER},
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        rows INTEGER NOT NULL,
        added INTEGER NOT NULL,
        changed INTEGER NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL
      );

      -- A control point's result for a unit in a quarter (0: a yearly checklist).
      CREATE TABLE index_checks (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL ${QUARTER},
        item_key TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ${CHECK_RESULTS}),
        import_id INTEGER REFERENCES index_imports (id),
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (year, quarter, unit_id, item_key)
      );
      CREATE INDEX index_checks_unit ON index_checks (unit_id, year, quarter);

      -- A survey's satisfaction rate for a unit and period, in hundredths of a percent (87.35% → 8735).
      CREATE TABLE index_surveys (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL ${QUARTER},
        survey_key TEXT NOT NULL,
        rate INTEGER NOT NULL CHECK (rate BETWEEN 0 AND 10000),
        import_id INTEGER REFERENCES index_imports (id),
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (year, quarter, unit_id, survey_key)
      );
      CREATE INDEX index_surveys_unit ON index_surveys (unit_id, year, quarter);

      -- Administrative cost per capita (hundredths of a yuan) and saving rate (hundredths of a point).
      CREATE TABLE index_costs (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL ${QUARTER},
        cost_per_capita INTEGER NOT NULL CHECK (cost_per_capita >= 0),
        saving_rate INTEGER NOT NULL CHECK (saving_rate BETWEEN -10000 AND 10000),
        import_id INTEGER REFERENCES index_imports (id),
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (year, quarter, unit_id)
      );
      CREATE INDEX index_costs_unit ON index_costs (unit_id, year, quarter);

      -- A supervision finding of a channel (审计, 社会, 舆论, 财政, 人大政协 …); 作废 with a reason, never removed.
      CREATE TABLE index_findings (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        channel_key TEXT NOT NULL,
        found_date TEXT NOT NULL,
        source TEXT NOT NULL,
        summary TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        withdrawn_reason TEXT,
        withdrawn_by_name TEXT,
        withdrawn_at TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        CHECK ((withdrawn_reason IS NULL) = (withdrawn_at IS NULL))
      );
      CREATE INDEX index_findings_date ON index_findings (found_date, id);
      CREATE INDEX index_findings_unit ON index_findings (unit_id, found_date);

      -- A bonus (激励加分) of a kind of the scheme, counted in the quarter of its date.
      CREATE TABLE index_bonuses (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        kind_key TEXT NOT NULL,
        award_date TEXT NOT NULL,
        summary TEXT NOT NULL,
        evidence TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        withdrawn_reason TEXT,
        withdrawn_by_name TEXT,
        withdrawn_at TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        CHECK ((withdrawn_reason IS NULL) = (withdrawn_at IS NULL))
      );
      CREATE INDEX index_bonuses_date ON index_bonuses (award_date, id);
      CREATE INDEX index_bonuses_unit ON index_bonuses (unit_id, award_date);

      -- A decision made elsewhere (案件审理, 上级纪委, 司法机关): its discipline event and its document.
      CREATE TABLE index_decisions (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL CHECK (body IN ('案件审理', '上级纪委', '司法机关')),
        document_number TEXT NOT NULL,
        decided_date TEXT NOT NULL,
        summary TEXT NOT NULL,
        event_id INTEGER NOT NULL UNIQUE REFERENCES discipline_events (id),
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX index_decisions_date ON index_decisions (decided_date, id);
      CREATE TABLE index_decision_files (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES index_decisions (id),
        sha256 TEXT NOT NULL REFERENCES files (sha256),
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL
      );
      CREATE INDEX index_decision_files_of ON index_decision_files (decision_id, id);

      -- 发布: a quarter's (1–4) or a year's (0) results frozen with the scheme version and the inputs' hash.
      -- A republication supersedes the one in force (kept, with when); one in force per period.
      CREATE TABLE index_publications (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL ${QUARTER},
        scheme_id INTEGER NOT NULL REFERENCES index_schemes (id),
        inputs_hash TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        missing_checks INTEGER NOT NULL DEFAULT 0,
        user_id INTEGER REFERENCES users (id),
        by_name TEXT NOT NULL,
        published_at TEXT NOT NULL,
        superseded_by INTEGER REFERENCES index_publications (id),
        superseded_at TEXT,
        CHECK ((superseded_by IS NULL) = (superseded_at IS NULL))
      );
      CREATE UNIQUE INDEX index_publications_in_force ON index_publications (year, quarter) WHERE superseded_by IS NULL;
      CREATE INDEX index_publications_period ON index_publications (year, quarter, id);

      -- A unit's frozen result in a publication: score (hundredths), colour or grade, parts and lines as JSON.
      CREATE TABLE index_results (
        publication_id INTEGER NOT NULL REFERENCES index_publications (id),
        unit_id INTEGER NOT NULL REFERENCES units (id),
        unit_name TEXT NOT NULL,
        unit_type TEXT NOT NULL,
        parent_name TEXT NOT NULL DEFAULT '',
        score INTEGER NOT NULL,
        colour TEXT CHECK (colour IS NULL OR colour IN ('绿', '橙', '红')),
        grade TEXT CHECK (grade IS NULL OR grade IN ('A', 'B', 'C')),
        veto INTEGER NOT NULL DEFAULT 0 CHECK (veto IN (0, 1)),
        result TEXT NOT NULL,
        inputs_hash TEXT NOT NULL,
        PRIMARY KEY (publication_id, unit_id)
      ) WITHOUT ROWID;
      CREATE INDEX index_results_unit ON index_results (unit_id, publication_id);

      -- A publication and its results are never changed (superseding sets only the two columns).
      CREATE TRIGGER index_publications_frozen BEFORE UPDATE ON index_publications
        WHEN NEW.year <> OLD.year OR NEW.quarter <> OLD.quarter OR NEW.scheme_id <> OLD.scheme_id OR NEW.inputs_hash <> OLD.inputs_hash
          OR NEW.reason <> OLD.reason OR NEW.published_at <> OLD.published_at OR OLD.superseded_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, '已发布的廉情指数不能修改'); END;
      CREATE TRIGGER index_publications_kept BEFORE DELETE ON index_publications
        BEGIN SELECT RAISE(ABORT, '已发布的廉情指数不能删除'); END;
      CREATE TRIGGER index_results_frozen BEFORE UPDATE ON index_results
        BEGIN SELECT RAISE(ABORT, '已发布的廉情指数不能修改'); END;
      CREATE TRIGGER index_results_kept BEFORE DELETE ON index_results
        BEGIN SELECT RAISE(ABORT, '已发布的廉情指数不能删除'); END;
    `);
  },
};
