// 抽查核实: a share of the 函询 concluded as 了结 in a period, drawn with a seed made at drawing time
// (node:crypto, never predictable beforehand) by the pure draw (shared/interviews/spotChecks.ts);
// the seed, the period, the share, the population's size and the drawn numbers go into the audit
// entry, so anyone can re-derive the draw from the record. Each check's result is recorded once; a
// 不属实 shows on the letter's page as a line of its history.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/kernel/errors.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import { drawSpotChecks, spotCheckCount, type SpotCheckBatchView } from '../../../shared/interviews/index.ts';
import {
  getSpotCheckBatch, getSpotCheckItem, insertSpotCheckBatch, setSpotCheckResult, spotCheckBatches, spotCheckPopulation,
} from '../../../db/repos/interviews/spotChecks.ts';
import { interviewNumbersById } from '../../../db/repos/interviews/records.ts';
import { audit, nowIso, today, type Call } from '../kernel/context.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { getSettings } from '../settings/index.ts';
import { mustGetInterview, note } from './common.ts';

function mustGetBatch(call: Call, id: number): SpotCheckBatchView {
  const batch = getSpotCheckBatch(call.ctx.db, id);
  if (!batch) throw new AppError('NOT_FOUND', '未找到该抽查批次。');
  return batch;
}

/** The seed: 16 random bytes as hex, made now. */
function freshSeed(): string {
  return randomBytes(16).toString('hex');
}

export const spotCheckHandlers: HandlerGroup<'interviews.spotChecks' | 'interviews.drawSpotCheck' | 'interviews.recordSpotCheck' | 'interviews.spotCheck'> = {
  'interviews.spotChecks': (call) => spotCheckBatches(call.ctx.db),

  'interviews.spotCheck': (call, input) => mustGetBatch(call, input.id),

  'interviews.drawSpotCheck': (call, input) => {
    const day = today(call);
    if (input.to > day) throw new AppError('VALIDATION', `办结日期止（${input.to}）不能晚于今天（${day}）。`, { to: '不能晚于今天' });
    const population = spotCheckPopulation(call.ctx.db, input.from, input.to);
    if (population.length === 0) {
      throw new AppError('VALIDATION', `该期间没有以了结办结且未抽查过的函询（${input.from}至${input.to}），请另选期间。`, { from: '该期间没有以了结办结且未抽查过的函询' });
    }
    const share = input.sharePercent ?? getSettings(call.ctx.db).spotCheckPercent ?? 15;
    const seed = freshSeed();
    const drawnIds = drawSpotChecks(population, spotCheckCount(population.length, share), seed);
    const id = insertSpotCheckBatch(call.ctx.db, {
      from: input.from, to: input.to, sharePercent: share, population: population.length, seed,
      drawnAt: nowIso(call), drawnBy: actorId(call), drawnByName: actorName(call), interviewIds: drawnIds,
    });
    const numbers = interviewNumbersById(call.ctx.db, drawnIds);
    const drawnNumbers = drawnIds.map((i) => numbers.get(i) ?? String(i));
    audit(call, 'spot-check', id, `函询抽查 ${input.from}至${input.to}`, {
      from: input.from, to: input.to, share, population: population.length, drawn: drawnIds.length, seed, drawnIds: drawnNumbers,
    });
    return mustGetBatch(call, id);
  },

  'interviews.recordSpotCheck': (call, input) => {
    const item = getSpotCheckItem(call.ctx.db, input.itemId);
    if (!item) throw new AppError('NOT_FOUND', '未找到该抽查事项。');
    const letter = mustGetInterview(call, item.interviewId);
    if (item.result !== null) throw new AppError('CONFLICT', `${letter.number} 的抽查核实结果已登记，不能重复登记。`);
    const day = today(call);
    if (input.date > day) throw new AppError('VALIDATION', `核实日期（${input.date}）不能晚于今天（${day}）。`, { date: '不能晚于今天' });
    const drawnOn = dateInZone(new Date(item.drawnAt), call.timeZone);
    if (input.date < drawnOn) {
      throw new AppError('VALIDATION', `核实日期（${input.date}）不能早于抽取日期（${drawnOn}）。`, { date: '不能早于抽取日期' });
    }
    const noteText = input.note;
    if (!setSpotCheckResult(call.ctx.db, item.id, { result: input.result, date: input.date, note: noteText, by: actorName(call), at: nowIso(call) })) {
      throw new AppError('CONFLICT', `${letter.number} 的抽查核实结果已登记，不能重复登记。`);
    }
    const text = `抽查核实：${input.result}（${noteText}）`;
    note(call, letter, '抽查核实', text, input.date);
    audit(call, 'interview', letter.id, letter.number, {
      number: letter.number, checkResult: input.result, checkDate: input.date, checkNote: noteText,
    });
    return mustGetBatch(call, item.batchId);
  },
};
