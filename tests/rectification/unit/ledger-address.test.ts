// The 整改台账's place in the address: a filter written by a link (首页's 查看全部, 汇总's figures,
// a notice's counts) reads back as the same filter; what the address holds that is not a choice
// is left out. And the item forms' drafts as the operations take them.
import { describe, expect, it, vi } from 'vitest';
import type { RectDetail, RectFilterInput } from '../../../shared/rectification/index.ts';
import { ledgerSearch } from '../../../renderer/rectification/common/rectRoute.ts';
import { emptyMeasure, itemInput, listInput, nextItem, recurrenceDraft } from '../../../renderer/rectification/draft/itemDraft.ts';

// The filters read the unit through the registry's index, which brings the API client along: it
// looks at the window it runs in once, when loaded.
vi.stubGlobal('window', { location: { hash: '', pathname: '/', search: '' } });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined, removeItem: () => undefined });
const { rectQuery } = await import('../../../renderer/rectification/ledger/rectFilters.ts');

const read = (search: string) => {
  const params = new URLSearchParams(search);
  return rectQuery((key) => params.get(key) ?? '');
};

describe('整改台账 filters in the address', () => {
  it('reads back every filter a link writes', () => {
    const filters: RectFilterInput[] = [
      { due: '逾期' },
      { due: '需督办', liaisonMine: true },
      { q: '资金', unitId: 12, source: '巡察反馈', status: '整改中', personId: 7, deadlineFrom: '2026-01-01', deadlineTo: '2026-12-31' },
      { open: true, documentId: 34 },
      { recurrence: true },
      { recurrence: false, status: '已销号' },
    ];
    for (const f of filters) expect(read(ledgerSearch(f))).toEqual(f);
  });

  it('keeps the names shown for a unit and a person beside their ids', () => {
    const search = new URLSearchParams(ledgerSearch({ unitId: 3, unitName: '城关镇', personId: 5, personName: '张三' }));
    expect(search.get('unitName')).toBe('城关镇');
    expect(search.get('personName')).toBe('张三');
  });

  it('leaves out what is not one of the choices', () => {
    expect(read('?status=办结&due=明天&source=来信&unit=x&from=2026-02-30&recurrence=是&mine=别人的')).toEqual({});
  });
});

describe('the item forms', () => {
  it('drops a measure row left wholly empty, and turns empty dates and people into null', () => {
    const item = { ...nextItem(undefined), unit: { id: 3, name: '城关镇' }, measures: [{ text: '建立台账', owner: null, dueDate: '' }, emptyMeasure()] };
    expect(itemInput(item)).toEqual({
      unitId: 3, problem: '', category: '', measures: [{ text: '建立台账', ownerPersonId: null, dueDate: null }],
      leaderPersonId: null, ownerPersonId: null, deadline: '', remarks: '',
    });
  });

  it('a new row takes the unit, category, leader and deadline of the row above (同上)', () => {
    const above = { ...nextItem(undefined), unit: { id: 3, name: '城关镇' }, category: '三资管理', deadline: '2027-01-15', problem: 'x', leader: { id: 9, name: '李' } };
    const next = nextItem(above);
    expect([next.unit, next.category, next.deadline, next.leader, next.problem]).toEqual([above.unit, '三资管理', '2027-01-15', above.leader, '']);
  });

  it('sends the tip only for 信访核查', () => {
    const draft = { source: '巡察反馈' as const, sourceRef: '', tip: { id: 4, number: 'XF-2026-0004' }, recurrenceOf: null, items: [] };
    expect(listInput(draft).tipId).toBeNull();
    expect(listInput({ ...draft, source: '信访核查' }).tipId).toBe(4);
  });

  it('a 屡查屡犯 of a 预警告知书 item names the notice (its items come only from issuing one)', () => {
    const closed = {
      id: 8, source: '预警告知书', sourceRef: '临纪预告〔2026〕1号', sourceDocument: { id: 2, number: '临纪预告〔2026〕1号' }, sourceTip: null,
      unitId: 3, unitName: '城关镇', problem: '台账缺失', category: '三资管理', leader: null,
    } as unknown as RectDetail;
    const draft = recurrenceDraft(closed);
    expect([draft.source, draft.sourceRef, draft.recurrenceOf]).toEqual(['', '预警告知书 临纪预告〔2026〕1号', 8]);
    expect(draft.items[0]?.problem).toBe('台账缺失');
  });
});
