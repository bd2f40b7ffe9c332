// The sheet to fill offline: a title naming the period and kind, the header (单位名称, 所属乡镇,
// 单位类型, then the kind's value columns), one row per unit scored in the period with its current
// values. 控制性检查: cells of items not of the unit's type hold "—" and are shaded; the others
// offer the list 落实/部分落实/未落实. Figures carry a decimal validation of their range.
import ExcelJS from 'exceljs';
import type { Borders, Fill } from 'exceljs';
import { CHECK_RESULTS, formatPoints, fromHundredths, type ImportKind, type SchemeContent } from '../../../../shared/integrity/index.ts';
import type { IndexUnit } from '../../../../db/repos/integrity/checks.ts';
import { measureColumns } from './measureColumns.ts';
import { NOT_APPLICABLE, RESULT_LIST, sheetTitle, UNIT_COLUMNS, valueColumns } from './columns.ts';
import { workbookBytes } from '../../kernel/xlsx/writeTable.ts';

export interface TemplateData {
  kind: ImportKind;
  year: number;
  quarter: number;
  scheme: SchemeContent;
  units: IndexUnit[];
  /** unit id → value key → the current value as the sheet shows it (a result, or a figure's number). */
  current: Map<number, Map<string, string | number>>;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const NA_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

function notes(kind: ImportKind, scheme: SchemeContent): string[] {
  const common = [
    '标题行可保留或删除，表头行不要改动；单位名称和所属乡镇应与单位名册一致（没有所属乡镇的单位留空）。',
    '留空的单元格表示不修改该项；任何一行有误时整个文件都不会导入，系统会逐行列出需要修改之处。',
  ];
  if (kind === '控制性检查') return [`检查结果可填：${RESULT_LIST}。`, `灰色单元格中的“${NOT_APPLICABLE}”表示该控制点不适用于该单位类型，请勿填写。`, ...common];
  const ranges = measureColumns(scheme, kind).map((c) => `${c.label}${c.max === null ? `不小于${formatPoints(c.min)}` : `在${formatPoints(c.min)}到${formatPoints(c.max)}之间`}`);
  return [`${ranges.join('；')}，最多保留两位小数。`, ...common];
}

export async function writeTemplate(d: TemplateData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(d.kind);
  const values = valueColumns(d.scheme, d.kind);
  const headers = [...UNIT_COLUMNS.map((c) => c.header), ...values.map((v) => v.header)];
  const title = ws.getCell(1, 1);
  title.value = sheetTitle(d.kind, d.year, d.quarter);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  if (headers.length > 1) ws.mergeCells(1, 1, 1, headers.length);
  headers.forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = HEADER_FILL;
    c.border = BORDERS;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getColumn(i + 1).width = i === 0 ? 24 : Math.max(12, Math.min(24, h.length * 2 + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 1 }];
  const figures = d.kind === '控制性检查' ? [] : measureColumns(d.scheme, d.kind);
  d.units.forEach((u, r) => {
    const rowNumber = r + 3;
    const unitCells = [u.name, u.parentName, u.type];
    unitCells.forEach((v, i) => {
      const c = ws.getCell(rowNumber, i + 1);
      c.value = v;
      c.border = BORDERS;
    });
    values.forEach((v, i) => {
      const c = ws.getCell(rowNumber, UNIT_COLUMNS.length + i + 1);
      c.border = BORDERS;
      c.alignment = { horizontal: 'center' };
      const item = d.kind === '控制性检查' ? d.scheme.control.items.find((it) => it.key === v.key) : undefined;
      if (item && !item.unitTypes.includes(u.type)) {
        c.value = NOT_APPLICABLE;
        c.fill = NA_FILL;
        return;
      }
      const now = d.current.get(u.id)?.get(v.key);
      if (item) {
        c.value = now ?? null;
        c.dataValidation = {
          type: 'list', allowBlank: true, formulae: [`"${CHECK_RESULTS.join(',')}"`],
          showErrorMessage: true, errorTitle: '检查结果无效', error: `请填写${RESULT_LIST}，或留空`,
        };
        return;
      }
      const figure = figures.find((f) => f.key === v.key);
      c.value = now ?? null;
      if (figure) {
        c.numFmt = '0.00';
        c.dataValidation = figure.max === null
          ? { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [fromHundredths(figure.min)], showErrorMessage: true, error: `${figure.label}不能小于${formatPoints(figure.min)}` }
          : { type: 'decimal', operator: 'between', allowBlank: true, formulae: [fromHundredths(figure.min), fromHundredths(figure.max)], showErrorMessage: true, error: `${figure.label}应在${formatPoints(figure.min)}到${formatPoints(figure.max)}之间` };
      }
    });
  });
  const noteSheet = workbook.addWorksheet('填写说明');
  noteSheet.getColumn(1).width = 100;
  notes(d.kind, d.scheme).forEach((n, i) => {
    noteSheet.getCell(i + 1, 1).value = n;
  });
  return workbookBytes(workbook);
}
