// The year's 预警建议书 as the batch needs them: the drafts in the list's order (by unit — the order
// they are numbered in), how many are issued and delivered; and, for 批量印发, each draft's version as
// the register holds it (the consequence row names the document, the register its version).
import type { ConsequenceRow } from '../../../shared/consequences/index.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';
import { api } from '../../api/client.ts';

export interface AdviceStanding {
  /** The drafts, in the list's order (the order their 文号 will follow). */
  drafts: ConsequenceRow[];
  /** Issued (delivered or not). */
  issued: number;
  delivered: number;
}

/** The year's open 建议书, page by page. */
async function openAdvice(year: number): Promise<ConsequenceRow[]> {
  const rows: ConsequenceRow[] = [];
  for (let page = 0; ; page++) {
    const answer = await api.call('consequences.period', { year, quarter: 0, kind: '预警建议书', filter: '未完成', page, pageSize: MAX_PAGE_SIZE });
    rows.push(...answer.rows);
    if (answer.rows.length === 0 || rows.length >= answer.total) return rows;
  }
}

export async function adviceStanding(year: number): Promise<AdviceStanding> {
  const open = await openAdvice(year);
  const done = await api.call('consequences.period', { year, quarter: 0, kind: '预警建议书', filter: '已完成', page: 0, pageSize: 1 });
  const drafts = open.filter((r) => r.state === '草稿' && r.document !== null);
  const issuedOpen = open.filter((r) => r.state === '已印发').length;
  return { drafts, issued: issuedOpen + done.total, delivered: done.total };
}

/** The drafts with their versions now (from 发文登记's drafts of the kind), in the order given. */
export async function draftsAtVersions(drafts: readonly ConsequenceRow[]): Promise<Array<{ id: number; version: number }>> {
  const versions = new Map<number, number>();
  for (let page = 0; ; page++) {
    const answer = await api.call('docs.list', { kind: 'advice', status: '草稿', page, pageSize: MAX_PAGE_SIZE, sortField: 'issuedAt', sortDir: 'desc' });
    for (const d of answer.rows) versions.set(d.id, d.version);
    if (answer.rows.length === 0 || (page + 1) * MAX_PAGE_SIZE >= answer.total) break;
  }
  const out: Array<{ id: number; version: number }> = [];
  for (const r of drafts) {
    const id = r.document?.id;
    const version = id === undefined ? undefined : versions.get(id);
    if (id !== undefined && version !== undefined) out.push({ id, version });
  }
  return out;
}
