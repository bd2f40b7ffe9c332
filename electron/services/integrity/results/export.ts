// 廉情指数表: every unit of the year with its four quarters (score and colour word), the year's
// index, grade, 一票否决 and the parts' means, as the office prints it; a line under the title says
// which periods are published and which are drafts. Audited (the year and the rows).
import { PARTS, formatHundredths, periodLabel, type GridRow } from '../../../../shared/integrity/index.ts';
import { officeMaker, type OfficeProfile } from '../../../../shared/core/index.ts';
import { audit, type Call } from '../../kernel/context.ts';
import { steps, type HandlerGroup } from '../../kernel/handler.ts';
import { fileResult } from '../../kernel/xlsx/fileResult.ts';
import { writeWorkbook, type WriteColumn, type WriteValue } from '../../kernel/xlsx/writeTable.ts';
import { officeProfile } from '../../core/index.ts';
import { yearState } from './compute.ts';
import { yearRows } from './views.ts';

export const INDEX_TABLE_NAME = '廉情指数表';

const QUARTER_HEADERS = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

export const INDEX_TABLE_COLUMNS: WriteColumn[] = [
  { header: '单位名称', key: 'unit', width: 24 },
  { header: '所属乡镇', key: 'parent', width: 16 },
  { header: '单位类型', key: 'type', width: 12 },
  ...QUARTER_HEADERS.map((header, i) => ({ header, key: `q${i + 1}`, width: 14 })),
  { header: '年度指数', key: 'year', width: 10 },
  { header: '等级', key: 'grade', width: 6 },
  { header: '一票否决', key: 'veto', width: 9 },
  ...PARTS.map((part) => ({ header: part, key: part, width: 9 })),
];

/** The county of the office (临江县 of 中共临江县纪律检查委员会), or '' when the profile is not saved. */
export function countyOf(profile: OfficeProfile): string {
  const organ = (profile.organs[0] ?? '').replace(/^中共/u, '');
  const m = /^(.+?(?:自治县|县|市|区|旗))/u.exec(organ);
  return m ? (m[1] ?? '') : '';
}

interface IndexTable {
  title: string;
  maker: string;
  subtitle: string;
  rows: Array<Record<string, WriteValue>>;
}

function tableRow(r: GridRow): Record<string, WriteValue> {
  const row: Record<string, WriteValue> = { unit: r.unitName, parent: r.parentName || '—', type: r.unitType };
  r.quarters.forEach((c, i) => {
    row[`q${i + 1}`] = c ? `${formatHundredths(c.score)}（${c.colour}）` : '—';
  });
  row.year = r.year ? formatHundredths(r.year.score) : '—';
  row.grade = r.year ? r.year.grade : '—';
  row.veto = r.year ? (r.year.veto ? '是' : '否') : '—';
  for (const part of PARTS) row[part] = r.parts ? formatHundredths(r.parts[part]) : '—';
  return row;
}

export function gatherIndexTable(call: Call, year: number): IndexTable {
  const db = call.ctx.db;
  const state = yearState(call, year);
  const rows = yearRows(call, state).map(tableRow);
  const periods = [...state.quarters.map((q) => ({ label: `第${q.quarter}季度`, published: q.published !== null })), { label: '年度', published: state.published !== null }];
  const published = periods.filter((p) => p.published).map((p) => p.label);
  const drafts = periods.filter((p) => !p.published).map((p) => p.label);
  const subtitle = `已发布：${published.length ? published.join('、') : '无'}；草稿（按当前数据计算，未发布）：${drafts.length ? drafts.join('、') : '无'}`;
  audit(call, 'export', null, INDEX_TABLE_NAME, { year, period: periodLabel(year, 0), rows: rows.length });
  const profile = officeProfile(db);
  return { title: `${countyOf(profile)}${year}年度${INDEX_TABLE_NAME}`, maker: officeMaker(profile), subtitle, rows };
}

export function renderIndexTable(t: IndexTable): Promise<Uint8Array> {
  return writeWorkbook([{ name: INDEX_TABLE_NAME, title: t.title, maker: t.maker, subtitle: t.subtitle, columns: INDEX_TABLE_COLUMNS, rows: t.rows }]);
}

export const indexExportHandlers: HandlerGroup<'integrity.export'> = {
  'integrity.export': steps<'integrity.export', undefined, IndexTable>({
    run: (call, input) => gatherIndexTable(call, input.year),
    finish: async (call, t) => fileResult(INDEX_TABLE_NAME, call, await renderIndexTable(t)),
  }),
};
