// 重复件: earlier tips about the same person or unit (within the configured window) or with
// similar text, ranked; linking a tip to the original of its matter, and undoing it.
import { AppError } from '../../../shared/kernel/errors.ts';
import { bigrams, dice, monthsBefore } from '../../../shared/kernel/similarity.ts';
import type { RepeatCandidate, RepeatCandidatesInput } from '../../../shared/tips/register.ts';
import { updateTip } from '../../../db/repos/tips/tips.ts';
import {
  candidateTexts, charDocCounts, countRepeatsOf, dismissedIds, tipsAboutUnits, tipsMatchingText, tipsNaming,
} from '../../../db/repos/tips/repeats.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { checkVersion, mustGetTip, note, refuseIfArchived, today } from './common.ts';
import { repeatRoot } from './register.ts';
import { mayReadContent, tipDetail } from './view.ts';
import { getSettings } from '../settings/index.ts';

const MAX_SHOWN = 10;
/** Text alone suggests a repeat from this similarity up. */
const TEXT_ONLY_THRESHOLD = 0.3;

/** Pieces of text used to find similar tips: the rarest ones say the most and match the fewest. */
const TEXT_PIECES = 6;

/**
 * The summary's rarest 2-character pieces as an FTS expression (an OR of phrases), rarity
 * estimated from how many tips hold each character; null when nothing could match. Without the
 * 信访内容 right only the other tips' summaries, names and units are compared (`meta`).
 */
function textQuery(call: Call, summary: string, withContent: boolean): string | null {
  const grams = [...bigrams(summary)].map((g) => Array.from(g));
  const df = charDocCounts(call.ctx.db, [...new Set(grams.flat())]);
  const rare = grams
    .map((cs) => ({ cs, n: Math.min(...cs.map((c) => df.get(c) ?? 0)) }))
    .filter((g) => g.n > 0)
    .sort((a, b) => a.n - b.n)
    .slice(0, TEXT_PIECES);
  if (rare.length === 0) return null;
  const phrases = rare.map((g) => `"${g.cs.join(' ').replace(/"/g, '""')}"`).join(' OR ');
  return withContent ? phrases : `meta : (${phrases})`;
}

export function repeatCandidates(call: Call, input: RepeatCandidatesInput): RepeatCandidate[] {
  const db = call.ctx.db;
  const since = monthsBefore(today(call), getSettings(db).repeatWindowMonths);
  const reasons = new Map<number, { person: string[]; sameName: string[]; unit: string[] }>();
  const entry = (id: number) => {
    let e = reasons.get(id);
    if (!e) reasons.set(id, (e = { person: [], sameName: [], unit: [] }));
    return e;
  };
  const personIds = input.people.flatMap((p) => (p.personId === null ? [] : [p.personId]));
  const typedNames = input.people.filter((p) => p.personId === null && p.name).map((p) => p.name);
  for (const r of tipsNaming(db, 'person_id', personIds, since)) entry(r.id).person.push(r.name);
  for (const r of tipsNaming(db, 'name', typedNames, since)) entry(r.id).sameName.push(r.name);
  for (const r of tipsAboutUnits(db, input.unitIds, since)) entry(r.id).unit.push(r.name);

  const withContent = mayReadContent(call);
  const query = textQuery(call, input.summary || input.content.slice(0, 200), withContent);
  const textIds = query ? tipsMatchingText(db, query, since, 30) : [];
  const exclude = new Set<number>(input.excludeId === null ? [] : [input.excludeId, ...dismissedIds(db, input.excludeId)]);
  const ids = [...new Set([...reasons.keys(), ...textIds])].filter((id) => !exclude.has(id));

  const mine = bigrams(`${input.summary} ${input.content.slice(0, 600)}`);
  const scored: RepeatCandidate[] = [];
  for (const c of candidateTexts(db, ids)) {
    if (input.excludeId !== null && (c.repeatOf === input.excludeId)) continue;
    const r = reasons.get(c.id) ?? { person: [], sameName: [], unit: [] };
    const similarity = dice(mine, bigrams(withContent ? `${c.summary} ${c.content}` : c.summary));
    const p = r.person.length > 0 ? 0.6 : r.sameName.length > 0 ? 0.35 : 0;
    const u = r.unit.length > 0 ? 0.3 : 0;
    if (p === 0 && u === 0 && similarity < TEXT_ONLY_THRESHOLD) continue;
    const score = Math.round(100 * (1 - (1 - p) * (1 - u) * (1 - similarity)));
    const why: string[] = [];
    if (r.person.length) why.push(`同一被反映人：${[...new Set(r.person)].join('、')}`);
    else if (r.sameName.length) why.push(`同名被反映人：${[...new Set(r.sameName)].join('、')}`);
    if (r.unit.length) why.push(`同一单位：${[...new Set(r.unit)].join('、')}`);
    if (similarity >= 0.15) why.push(`内容相似 ${Math.round(similarity * 100)}%`);
    scored.push({ id: c.id, number: c.number, receivedDate: c.receivedDate, summary: c.summary, status: c.status, score, reasons: why, repeatOf: c.repeatOf });
  }
  scored.sort((a, b) => b.score - a.score || b.receivedDate.localeCompare(a.receivedDate) || b.id - a.id);
  return scored.slice(0, MAX_SHOWN);
}

type RepeatOps = 'tips.repeatCandidates' | 'tips.linkRepeat' | 'tips.unlinkRepeat';

export const tipRepeatHandlers: HandlerGroup<RepeatOps> = {
  'tips.repeatCandidates': (call, input) => repeatCandidates(call, input),

  'tips.linkRepeat': (call, input) => {
    const tip = mustGetTip(call, input.id);
    refuseIfArchived(tip);
    checkVersion(tip, input.version);
    const root = repeatRoot(call, input.repeatOf);
    if (root === tip.id) throw new AppError('VALIDATION', '不能把信访件关联为自己的重复件。', { repeatOf: '不能选择本件' });
    if (countRepeatsOf(call.ctx.db, tip.id) > 0) {
      throw new AppError('CONFLICT', `${tip.number} 已是其他重复件的原件，请先取消那些重复件的关联。`);
    }
    const rootTip = mustGetTip(call, root);
    updateTip(call.ctx.db, tip.id, input.version, { repeat_of: root }, nowIso(call));
    note(call, tip, '关联重复件', `作为 ${rootTip.number} 的重复件`);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, repeatOf: rootTip.number });
    return tipDetail(call, tip.id);
  },

  'tips.unlinkRepeat': (call, input) => {
    const tip = mustGetTip(call, input.id);
    refuseIfArchived(tip);
    checkVersion(tip, input.version);
    if (tip.repeatOf === null) throw new AppError('CONFLICT', `${tip.number} 不是重复件。`);
    const rootTip = mustGetTip(call, tip.repeatOf);
    updateTip(call.ctx.db, tip.id, input.version, { repeat_of: null }, nowIso(call));
    note(call, tip, '取消重复件关联', `不再作为 ${rootTip.number} 的重复件`);
    audit(call, 'tip', tip.id, tip.number, { number: tip.number, repeatOf: [rootTip.number, null] });
    return tipDetail(call, tip.id);
  },
};
