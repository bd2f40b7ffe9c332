// 评分方案: the versions of each year, read and written as data. A version starts as a draft (from
// the default scheme, last year's scheme in force, or this year's latest version — a correction),
// is saved as often as needed (a draft may still fail the whole-scheme checks: they are shown, not
// refused), and is enabled only when it passes them; from then on it is frozen (the store's trigger
// refuses too). Computing a quarter uses the year's latest enabled version (common.ts).
import { AppError } from '../../../shared/kernel/errors.ts';
import {
  DEFAULT_SCHEME, schemeContentSchema, schemeVersionLabel, type SchemeContent, type SchemeDetail, type SchemeRow,
} from '../../../shared/integrity/index.ts';
import { capChanges, schemeChanges, schemeProblems } from '../../../shared/integrity/schemeRules.ts';
import {
  draftScheme, enableSchemeRow, getScheme, insertScheme, latestEnabledScheme, latestScheme, listSchemes, saveSchemeDraft, type StoredScheme,
} from '../../../db/repos/integrity/schemes.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';

type SchemeOps = 'integrity.schemes' | 'integrity.scheme' | 'integrity.createScheme' | 'integrity.saveScheme' | 'integrity.enableScheme';

function row(s: StoredScheme): SchemeRow {
  return {
    id: s.id, year: s.year, version: s.version, status: s.status, note: s.note, createdByName: s.createdByName, createdAt: s.createdAt,
    enabledByName: s.enabledByName, enabledAt: s.enabledAt, publications: s.publications, rowVersion: s.rowVersion,
  };
}

function contentOf(s: StoredScheme): SchemeContent {
  return schemeContentSchema.parse(JSON.parse(s.contentJson));
}

function detail(s: StoredScheme): SchemeDetail {
  return { ...row(s), content: contentOf(s) };
}

function mustGet(call: Call, id: number): StoredScheme {
  const s = getScheme(call.ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND', '未找到该评分方案，可能已被删除或编号有误。');
  return s;
}

/** Only a draft is written; an enabled version is corrected by a new version of the same year. */
function mustBeDraft(s: StoredScheme): void {
  if (s.status !== '草稿') throw new AppError('CONFLICT', `${schemeVersionLabel(s)}已启用，已启用的评分方案不能修改，如需更正请新建本年更正版本。`);
}

function checkVersion(s: StoredScheme, rowVersion: number): void {
  if (s.rowVersion !== rowVersion) throw new AppError('CONFLICT', `${schemeVersionLabel(s)}已被他人修改，请刷新后再试。`);
}

/** The content a new version starts from. */
function startingContent(call: Call, year: number, from: '默认方案' | '上年方案' | '本年最新版本'): string {
  const db = call.ctx.db;
  if (from === '默认方案') return JSON.stringify(DEFAULT_SCHEME);
  if (from === '上年方案') {
    const last = latestEnabledScheme(db, year - 1);
    if (!last) throw new AppError('VALIDATION', `${year - 1}年度没有已启用的评分方案，不能复制上年方案，请改选“默认方案”。`, { from: `${year - 1}年度没有已启用的评分方案` });
    return last.contentJson;
  }
  const latest = latestScheme(db, year);
  if (!latest) throw new AppError('VALIDATION', `${year}年度还没有评分方案，不能复制本年最新版本，请改选“默认方案”或“上年方案”。`, { from: `${year}年度还没有评分方案` });
  return latest.contentJson;
}

export const schemeHandlers: HandlerGroup<SchemeOps> = {
  'integrity.schemes': (call, input) => listSchemes(call.ctx.db, input.year).map(row),

  'integrity.scheme': (call, input) => detail(mustGet(call, input.id)),

  'integrity.createScheme': (call, input) => {
    const db = call.ctx.db;
    const open = draftScheme(db, input.year);
    if (open) throw new AppError('CONFLICT', `${input.year}年度已有草稿（第${open.version}版），请先编辑或启用它。`);
    const contentJson = startingContent(call, input.year, input.from);
    const id = insertScheme(db, { year: input.year, contentJson, note: input.note, userId: actorId(call), byName: actorName(call), at: nowIso(call) });
    const made = mustGet(call, id);
    audit(call, 'index-scheme', id, schemeVersionLabel(made), { year: made.year, version: made.version, from: input.from, note: input.note });
    return detail(made);
  },

  'integrity.saveScheme': (call, input) => {
    const db = call.ctx.db;
    const s = mustGet(call, input.id);
    mustBeDraft(s);
    checkVersion(s, input.rowVersion);
    const before = contentOf(s);
    const lines = schemeChanges(before, input.content);
    if (s.note !== input.note) lines.unshift(`说明：${s.note || '（空）'} → ${input.note || '（空）'}`);
    const changes = capChanges(lines);
    saveSchemeDraft(db, s.id, JSON.stringify(input.content), input.note, nowIso(call));
    audit(call, 'index-scheme', s.id, schemeVersionLabel(s), {
      year: s.year, version: s.version, changes: changes.length > 0 ? changes.join('；') : '（无改动）',
    });
    return detail(mustGet(call, s.id));
  },

  'integrity.enableScheme': (call, input) => {
    const db = call.ctx.db;
    const s = mustGet(call, input.id);
    mustBeDraft(s);
    checkVersion(s, input.rowVersion);
    const problems = schemeProblems(contentOf(s));
    if (problems.length > 0) {
      throw new AppError('VALIDATION', `${schemeVersionLabel(s)}还有${problems.length}处需要改正，改正并保存后才能启用：${problems.join('；')}。`);
    }
    enableSchemeRow(db, s.id, actorId(call), actorName(call), nowIso(call));
    const enabled = mustGet(call, s.id);
    audit(call, 'index-scheme', s.id, schemeVersionLabel(s), { year: s.year, version: s.version, status: enabled.status });
    return detail(enabled);
  },
};
