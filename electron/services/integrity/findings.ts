// Supervision findings (监督发现问题) of the channels other than 信访 (审计, 社会, 舆论, 财政, 人大政协 …):
// each counts in the quarter of its date under the scheme in force for that year. Edited with a
// version check; 作废 with a reason (kept and shown, no longer counted); never deleted.
import { AppError } from '../../../shared/kernel/errors.ts';
import type { FindingRow } from '../../../shared/integrity/index.ts';
import {
  getFinding, insertFinding, listFindings, updateFinding, withdrawFinding, type FindingData, type StoredFinding,
} from '../../../db/repos/integrity/findings.ts';
import { audit, nowIso, type Call } from '../kernel/context.ts';
import type { HandlerGroup } from '../kernel/handler.ts';
import { actorId, actorName } from '../kernel/caller.ts';
import { changes } from '../kernel/changes.ts';
import { requireSchemeInForce } from './common.ts';
import { notAfterToday, schemesOfYears, unitForRecord } from './records.ts';

const TIP_CHANNEL_MESSAGE = '信访渠道的问题由查实的信访件自动计入，无需在此登记';

/** The finding checked: the date, the unit, the channel of the scheme in force for its year (not 信访). Its channel's name. */
function checkFinding(call: Call, d: FindingData): { unitName: string; channelName: string } {
  notAfterToday(call, d.date, '发现日期', 'date');
  const unit = unitForRecord(call, d.unitId, d.date);
  const year = Number(d.date.slice(0, 4));
  const scheme = requireSchemeInForce(call.ctx.db, year).content;
  if (d.channelKey === scheme.participation.tipChannel) throw new AppError('VALIDATION', `${TIP_CHANNEL_MESSAGE}。`, { channelKey: TIP_CHANNEL_MESSAGE });
  const channel = scheme.participation.channels.find((c) => c.key === d.channelKey);
  if (!channel) {
    const names = scheme.participation.channels.filter((c) => c.key !== scheme.participation.tipChannel).map((c) => c.name).join('、');
    throw new AppError('VALIDATION', `${year}年度评分方案中没有该监督渠道，请选择：${names}。`, { channelKey: '监督渠道无效' });
  }
  return { unitName: unit.name, channelName: channel.name };
}

function rows(call: Call, stored: StoredFinding[]): FindingRow[] {
  const schemes = schemesOfYears(call, stored.map((f) => f.date));
  return stored.map((f) => {
    const scheme = schemes.get(Number(f.date.slice(0, 4)));
    const channelName = scheme?.participation.channels.find((c) => c.key === f.channelKey)?.name ?? f.channelKey;
    return { ...f, channelName };
  });
}

function mustGet(call: Call, id: number): FindingRow {
  const f = getFinding(call.ctx.db, id);
  if (!f) throw new AppError('NOT_FOUND', '未找到该监督发现问题。');
  const [row] = rows(call, [f]);
  if (!row) throw new AppError('NOT_FOUND', '未找到该监督发现问题。');
  return row;
}

const CONFLICT = '该记录已被他人修改或作废，请刷新后重试。';

export const findingHandlers: HandlerGroup<'integrity.findings' | 'integrity.addFinding' | 'integrity.updateFinding' | 'integrity.withdrawFinding'> = {
  'integrity.findings': (call, input) => {
    const page = listFindings(call.ctx.db, input);
    return { rows: rows(call, page.rows), total: page.total };
  },

  'integrity.addFinding': (call, input) => {
    const { unitName, channelName } = checkFinding(call, input);
    const id = insertFinding(call.ctx.db, input, { userId: actorId(call), byName: actorName(call), at: nowIso(call) });
    audit(call, 'index-finding', id, `${unitName} ${input.date}`, {
      unit: unitName, channel: channelName, date: input.date, source: input.source, summary: input.summary,
    });
    return mustGet(call, id);
  },

  'integrity.updateFinding': (call, input) => {
    const before = mustGet(call, input.id);
    if (before.withdrawn) throw new AppError('CONFLICT', '该记录已作废，不能修改。');
    const { id, version, ...data } = input;
    const { unitName, channelName } = checkFinding(call, data);
    if (!updateFinding(call.ctx.db, id, version, data, nowIso(call))) throw new AppError('CONFLICT', CONFLICT);
    const changed = changes(
      { unit: before.unitName, channel: before.channelName, date: before.date, source: before.source, summary: before.summary },
      { unit: unitName, channel: channelName, date: data.date, source: data.source, summary: data.summary },
    );
    if (Object.keys(changed).length === 0) throw new AppError('VALIDATION', '没有修改任何内容。');
    audit(call, 'index-finding', id, `${unitName} ${data.date}`, changed);
    return mustGet(call, id);
  },

  'integrity.withdrawFinding': (call, input) => {
    const before = mustGet(call, input.id);
    if (before.withdrawn) throw new AppError('CONFLICT', '该记录已作废。');
    if (!withdrawFinding(call.ctx.db, input.id, input.version, input.reason, actorName(call), nowIso(call))) throw new AppError('CONFLICT', CONFLICT);
    audit(call, 'index-finding', input.id, `${before.unitName} ${before.date}`, {
      unit: before.unitName, channel: before.channelName, date: before.date, reason: input.reason,
    });
    return mustGet(call, input.id);
  },
};
