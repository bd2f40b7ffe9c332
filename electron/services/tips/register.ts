// 登记: a tip gets its number (XF-2026-0001, per year, in order), its people, units and
// categories, a query code for anonymous reporters, its first deadline, and its search entry.
import { createHash, randomInt } from 'node:crypto';
import { AppError } from '../../../shared/kernel/errors.ts';
import { registerDayProblems } from '../../../shared/tips/dayRules.ts';
import { refuseIfAny } from '../kernel/validation.ts';
import type { ReportedPersonInput, TipRegisterInput, TipRegisterResult } from '../../../shared/tips/register.ts';
import { getPerson } from '../../../db/repos/registry/index.ts';
import { getUnit } from '../../../db/repos/registry/index.ts';
import { getTipRecord, insertTip, insertTipParts, insertStep, nextTipSeq, type NewTipPerson } from '../../../db/repos/tips/tips.ts';
import { insertDismissals } from '../../../db/repos/tips/repeats.ts';
import { keyedCodeHash } from '../../../db/repos/tips/queryCodes.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import { actorName, today, workCalendar } from './common.ts';
import { actorId } from '../kernel/caller.ts';
import { reindexTip } from './searchIndex.ts';
import { getSettings } from '../settings/index.ts';
import type { HandlerGroup } from '../kernel/handler.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 8 characters without 0/O/1/I, shown as K7PM-3QXD. */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Stored keyed only: the code itself is shown once, at registration. HMAC(the install's codes key,
 * sha256 of the code) — the sha256 step is what codes stored before were, so those were keyed in
 * place at the conversion (db/repos/tips/queryCodes.ts) and keep working.
 */
export function queryCodeHash(codesKey: Buffer, code: string): string {
  return keyedCodeHash(codesKey, createHash('sha256').update(`lianqing-query-code:${code.replace(/-/g, '')}`).digest('hex'));
}

export function tipNumber(year: number, seq: number): string {
  return `XF-${year}-${String(seq).padStart(4, '0')}`;
}

function resolvePerson(call: Call, p: ReportedPersonInput, index: number): NewTipPerson {
  const field = (name: string) => ({ [`people.${index}.${name}`]: '' });
  if (p.personId !== null) {
    const person = getPerson(call.ctx.db, p.personId);
    if (!person) throw new AppError('VALIDATION', `第${index + 1}位被反映人不在人员名册中，请重新选择。`, field('name'));
    return {
      personId: person.id,
      name: person.name,
      unitId: person.unitId,
      unitName: person.unitName,
      post: p.post || person.post,
      category: person.category,
    };
  }
  if (p.unitId !== null) {
    const unit = getUnit(call.ctx.db, p.unitId);
    if (!unit) throw new AppError('VALIDATION', `第${index + 1}位被反映人的单位不存在，请重新选择。`, field('unitId'));
    return { personId: null, name: p.name, unitId: unit.id, unitName: unit.name, post: p.post, category: p.category };
  }
  return { personId: null, name: p.name, unitId: null, unitName: p.unitName, post: p.post, category: p.category };
}

function checkPeople(people: readonly NewTipPerson[]): void {
  const seen = new Set<string>();
  people.forEach((p, i) => {
    const key = p.personId !== null ? `id:${p.personId}` : `name:${p.name}|${p.unitName}`;
    if (seen.has(key)) {
      throw new AppError('VALIDATION', `被反映人“${p.name}”重复填写了，请删去第${i + 1}位。`, { [`people.${i}.name`]: '重复' });
    }
    seen.add(key);
  });
}

/** The original a repeat belongs to: always the first tip of the matter. */
export function repeatRoot(call: Call, id: number): number {
  const target = getTipRecord(call.ctx.db, id);
  if (!target) throw new AppError('VALIDATION', '所选的原件不存在，请重新选择。', { repeatOf: '所选的原件不存在' });
  return target.repeatOf ?? target.id;
}

export function registerTip(call: Call, input: TipRegisterInput): TipRegisterResult {
  const db = call.ctx.db;
  const day = today(call);
  refuseIfAny(registerDayProblems(input, day));
  const people = input.people.map((p, i) => resolvePerson(call, p, i));
  checkPeople(people);
  input.unitIds.forEach((id, i) => {
    if (!getUnit(db, id)) throw new AppError('VALIDATION', '所选的被反映单位不存在，请重新选择。', { [`unitIds.${i}`]: '不存在' });
  });
  const repeatOf = input.repeatOf === null ? null : repeatRoot(call, input.repeatOf);

  const year = Number(day.slice(0, 4));
  const seq = nextTipSeq(db, year);
  const number = tipNumber(year, seq);
  const code = input.mode === '匿名' ? newQueryCode() : null;
  const settings = getSettings(db);
  const dueDate = workCalendar(call).addWorkdays(input.receivedDate, settings.intakeWorkdays);
  const now = nowIso(call);
  const id = insertTip(db, {
    number,
    year,
    seq,
    receivedDate: input.receivedDate,
    channel: input.channel,
    mode: input.mode,
    reporter: input.reporter,
    queryCodeHash: code ? queryCodeHash(call.ctx.keys.codes, code) : null,
    summary: input.summary,
    content: input.content,
    status: '待拟办',
    dueDate,
    repeatOf,
    createdBy: actorName(call),
    now,
  });
  insertTipParts(db, id, people, input.unitIds, input.categories);
  insertDismissals(db, id, input.dismissedRepeats.filter((d) => getTipRecord(db, d)), now, actorName(call));
  insertStep(db, {
    tipId: id,
    at: now,
    step: '登记',
    fromStatus: null,
    toStatus: '待拟办',
    actorUserId: actorId(call),
    actorName: actorName(call),
    note: repeatOf === null ? '' : `作为重复件关联到 ${getTipRecord(db, repeatOf)?.number ?? ''}`,
    dueDate,
  });
  reindexTip(call, id);
  // Never the reporter's data: only what was registered about whom.
  audit(call, 'tip', id, number, {
    number,
    channel: input.channel,
    mode: input.mode,
    categories: input.categories,
    people: people.map((p) => p.name),
    units: input.unitIds.length,
    repeatOf,
  });
  return { id, number, queryCode: code };
}

export const tipRegisterHandlers: HandlerGroup<'tips.register'> = {
  'tips.register': (call, input) => registerTip(call, input),
};
