// The figures of 满意度调查 and 行政成本 as columns: their keys (a survey's key, or costPerCapita and
// savingRate), the label a person reads and fills in, and the range each accepts. A figure is read
// exactly as hundredths (shared/integrity/decimal.ts toHundredths): never through float maths.
import { formatPoints, toHundredths, type Hundredths, type SchemeContent } from '../../../../shared/integrity/index.ts';

export type MeasureKind = '满意度调查' | '行政成本';

export interface MeasureColumn {
  key: string;
  /** The column's header and the field's label: 民意调查满意率（%）, 人均行政成本（元）. */
  label: string;
  /** Bounds in hundredths; max null: no upper bound. */
  min: Hundredths;
  max: Hundredths | null;
}

export const COST_KEY = 'costPerCapita';
export const SAVING_KEY = 'savingRate';

export function measureColumns(scheme: SchemeContent, kind: MeasureKind): MeasureColumn[] {
  if (kind === '满意度调查') {
    return scheme.participation.surveys.map((s) => ({ key: s.key, label: `${s.name}满意率（%）`, min: 0, max: 10000 }));
  }
  return [
    { key: COST_KEY, label: `${scheme.performance.costName}（元）`, min: 0, max: null },
    { key: SAVING_KEY, label: `${scheme.performance.savingName}（%）`, min: -10000, max: 10000 },
  ];
}

/** What a column accepts, as its messages say it. */
function rangeText(c: MeasureColumn): string {
  if (c.max === null) return `应为不小于${formatPoints(c.min)}的数`;
  return `应在${formatPoints(c.min)}到${formatPoints(c.max)}之间`;
}

/** A figure as typed (a number, or a sheet's text) read as hundredths, or the message saying what to fix. */
export function readFigure(c: MeasureColumn, value: number | string): { ok: true; value: Hundredths } | { ok: false; message: string } {
  const shown = String(value).trim();
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(shown.replace(/%$/, ''))) {
    return { ok: false, message: `“${c.label}”应填写数字，“${shown}”不是数字` };
  }
  const h = toHundredths(typeof value === 'string' ? shown.replace(/%$/, '') : value);
  if (h === null) return { ok: false, message: `“${c.label}”最多保留两位小数（填写的是${shown}）` };
  if (h < c.min || (c.max !== null && h > c.max)) return { ok: false, message: `“${c.label}”${rangeText(c)}（填写的是${shown}）` };
  return { ok: true, value: h };
}

/** A stored figure as a person reads it: 87.35, 1250, -3.5; 未录入 when there is none. */
export function figureText(h: Hundredths | null | undefined): string {
  return h === null || h === undefined ? '未录入' : formatPoints(h);
}
