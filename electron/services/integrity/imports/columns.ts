// The columns of an index sheet (template and import alike): the unit's 单位名称, 所属乡镇 and
// 单位类型, then one column per control item of the scheme (控制性检查), per survey (满意度调查,
// "民意调查满意率（%）") or the two cost figures (行政成本). "—" marks an item that does not apply.
import { CHECK_RESULTS, periodLabel, type ImportKind, type SchemeContent } from '../../../../shared/integrity/index.ts';
import type { ColumnSpec } from '../../kernel/xlsx/readTable.ts';
import { measureColumns, type MeasureColumn } from './measureColumns.ts';

export const NOT_APPLICABLE = '—';
/** What a person may type for "does not apply": the dash as the template writes it, or a hyphen. */
export const DASHES: readonly string[] = ['—', '——', '-', '－', '–'];

export const UNIT_COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '单位名称', aliases: ['单位'], required: true },
  { key: 'parentName', header: '所属乡镇', aliases: ['所属镇（街道）', '乡镇', '上级单位', '所属单位'] },
  { key: 'type', header: '单位类型', aliases: ['类型'] },
];

/** A value column: the control item's or the figure's key, and its header. */
export interface ValueColumn {
  key: string;
  header: string;
}

/** The value columns of a kind under the scheme, in its order. */
export function valueColumns(scheme: SchemeContent, kind: ImportKind): ValueColumn[] {
  if (kind === '控制性检查') return scheme.control.items.map((i) => ({ key: i.key, header: i.name }));
  return measureColumns(scheme, kind).map((c: MeasureColumn) => ({ key: c.key, header: c.label }));
}

/** The spec readTable finds the header by: value columns keyed "v:<key>" (a key cannot clash with the unit's). */
export function readSpec(scheme: SchemeContent, kind: ImportKind): ColumnSpec[] {
  return [...UNIT_COLUMNS, ...valueColumns(scheme, kind).map((c) => ({ key: `v:${c.key}`, header: c.header }))];
}

/** 2026年第3季度 控制性检查结果 — the title of the sheet and the name of the template. */
export function sheetTitle(kind: ImportKind, year: number, quarter: number): string {
  const what = kind === '控制性检查' ? '控制性检查结果' : kind === '满意度调查' ? '满意度调查结果' : '行政成本数据';
  return `${periodLabel(year, quarter)} ${what}`;
}

export const RESULT_LIST = CHECK_RESULTS.join('、');
