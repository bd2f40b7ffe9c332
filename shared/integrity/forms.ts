// The inputs of the index's operations: a year and quarter, a scheme draft, the entries of each
// input kind, the grid's filters. Each message says what to fix.
import { z } from '../kernel/zod.ts';
import { boolField, dateField, enumField, fileField, idField, lineField, paging, searchField, textField, versionField } from '../kernel/common.ts';
import { UNIT_TYPES } from '../registry/index.ts';
import { CIRCUMSTANCES } from '../tips/index.ts';
import { CHECK_RESULTS, DECISION_BODIES, DECISION_OUTCOMES, IMPORT_KINDS, COLOURS, GRADES } from './enums.ts';
import { keyField, schemeContentSchema } from './scheme.ts';
import { MAX_INDEX_YEAR, MIN_INDEX_YEAR } from './flow.ts';

export const yearField = z
  .int({ error: '请选择年度' })
  .min(MIN_INDEX_YEAR, `年度应在${MIN_INDEX_YEAR}到${MAX_INDEX_YEAR}之间`)
  .max(MAX_INDEX_YEAR, `年度应在${MIN_INDEX_YEAR}到${MAX_INDEX_YEAR}之间`);
/** 1–4 a quarter. */
export const quarterField = z.int({ error: '请选择季度' }).min(1, '季度应为1至4').max(4, '季度应为1至4');
/** 0 the whole year, 1–4 a quarter. */
export const periodQuarterField = z.int({ error: '请选择期间' }).min(0, '期间应为全年或第1至4季度').max(4, '期间应为全年或第1至4季度');

export const yearInput = z.strictObject({ year: yearField });
export const periodInput = z.strictObject({ year: yearField, quarter: periodQuarterField });
export const quarterInput = z.strictObject({ year: yearField, quarter: quarterField });

// ── schemes ──
export const schemeIdInput = z.strictObject({ id: idField('评分方案') });
export const schemeListInput = z.strictObject({ year: yearField.optional() });
export const SCHEME_STARTS = ['默认方案', '上年方案', '本年最新版本'] as const;
export const schemeCreateInput = z.strictObject({
  year: yearField,
  /** Start from DOMAIN's default, last year's latest enabled version, or this year's latest version (a correction). */
  from: enumField('方案来源', SCHEME_STARTS),
  note: textField('说明', 500),
});
export const schemeSaveInput = z.strictObject({
  id: idField('评分方案'),
  rowVersion: versionField,
  content: schemeContentSchema,
  note: textField('说明', 500),
});
export const schemeEnableInput = z.strictObject({ id: idField('评分方案'), rowVersion: versionField });

// ── checklist and measures ──
export const checklistGridInput = z.strictObject({
  ...paging,
  year: yearField,
  quarter: periodQuarterField,
  unitType: enumField('单位类型', UNIT_TYPES).optional(),
  parentId: idField('所属乡镇').optional(),
  q: searchField,
  onlyMissing: z.boolean().default(false),
});
export const checklistSetInput = z.strictObject({
  year: yearField,
  quarter: periodQuarterField,
  unitId: idField('单位'),
  /** null clears a result (it is 未录入 again). */
  results: z.array(z.strictObject({ itemKey: keyField, result: enumField('检查结果', CHECK_RESULTS).nullable() })).min(1, '请填写检查结果').max(200),
});
export const templateInput = z.strictObject({
  kind: enumField('导入类别', IMPORT_KINDS),
  year: yearField,
  quarter: periodQuarterField,
  unitType: enumField('单位类型', UNIT_TYPES).optional(),
});
export const importInput = z.strictObject({
  kind: enumField('导入类别', IMPORT_KINDS),
  year: yearField,
  quarter: periodQuarterField,
  file: fileField,
});
export const measureListInput = z.strictObject({
  ...paging,
  kind: z.enum(['满意度调查', '行政成本'], { error: '请选择数据类别' }),
  year: yearField,
  quarter: periodQuarterField,
  unitType: enumField('单位类型', UNIT_TYPES).optional(),
  q: searchField,
});
export const measureSetInput = z.strictObject({
  kind: z.enum(['满意度调查', '行政成本'], { error: '请选择数据类别' }),
  year: yearField,
  quarter: periodQuarterField,
  unitId: idField('单位'),
  /** Survey keys, or costPerCapita / savingRate → the number typed (null clears it). */
  values: z.record(z.string().max(40), z.number().nullable()),
});

// ── findings, bonuses, decisions ──
const recordListBase = {
  ...paging,
  year: yearField.optional(),
  unitId: idField('单位').optional(),
  q: searchField,
  includeWithdrawn: z.boolean().default(false),
  /** One record by its id (a line of a unit's score opens #/index/findings?id=N). */
  id: idField('记录').optional(),
};
export const findingListInput = z.strictObject({ ...recordListBase, channelKey: keyField.optional() });
export const findingAddInput = z.strictObject({
  unitId: idField('单位'),
  channelKey: keyField,
  date: dateField('发现日期'),
  source: lineField('来源', 100, true),
  summary: textField('问题内容', 2000, true),
});
export const findingUpdateInput = findingAddInput.extend({ id: idField('监督发现'), version: versionField });
export const withdrawInput = z.strictObject({ id: idField('记录'), version: versionField, reason: textField('作废理由', 500, true) });

export const bonusListInput = z.strictObject({ ...recordListBase, kindKey: keyField.optional() });
export const bonusAddInput = z.strictObject({
  unitId: idField('单位'),
  kindKey: keyField,
  date: dateField('加分日期'),
  summary: textField('加分事由', 1000, true),
  evidence: textField('佐证材料说明', 1000, true),
});

export const decisionListInput = z.strictObject({
  ...paging,
  year: yearField.optional(),
  unitId: idField('单位').optional(),
  q: searchField,
  /** One decision by its id (a person's 处理记录 and a line of a score open #/index/decisions?id=N). */
  id: idField('处分决定').optional(),
});
export const decisionAddInput = z.strictObject({
  body: enumField('决定机关', DECISION_BODIES),
  documentNumber: lineField('决定文号', 60, true),
  decidedDate: dateField('决定日期'),
  personId: idField('被处理人'),
  outcome: enumField('处理结果', DECISION_OUTCOMES),
  /** The grade of a 党纪处分 / 政务处分, '' otherwise. */
  grade: z.string().max(20).default(''),
  circumstance: enumField('情节', CIRCUMSTANCES),
  /** YYYY-MM-DD, YYYY-MM or '' (unknown). */
  conductDate: z.string().max(10).default(''),
  summary: textField('违纪违法事实摘要', 2000, true),
  file: fileField.optional(),
});
export const decisionFileInput = z.strictObject({ fileId: idField('决定书') });

// ── results ──
export const GRID_SORTS = ['name', 'q1', 'q2', 'q3', 'q4', 'year'] as const;
export const gridInput = z.strictObject({
  ...paging,
  year: yearField,
  unitType: enumField('单位类型', UNIT_TYPES).optional(),
  parentId: idField('所属乡镇').optional(),
  q: searchField,
  /** Units with this colour in some quarter of the year. */
  colour: enumField('颜色', COLOURS).optional(),
  /** Units whose year (published, else so far) has this grade. */
  grade: enumField('等级', GRADES).optional(),
  sortField: z.enum(GRID_SORTS, { error: '排序字段无效' }).default('name'),
});
export const unitIndexInput = z.strictObject({ unitId: idField('单位'), year: yearField });
export const publishInput = z.strictObject({
  year: yearField,
  quarter: periodQuarterField,
  /** Required to republish a period (the earlier publication is kept). */
  reason: textField('重新发布理由', 500).default(''),
  /** Publish although control points are 未录入 (the person confirmed). */
  confirmMissing: boolField('确认未录入项按0分发布').default(false),
});
