// Import of people from the office's Excel roster; units must already be registered.
import { PERSON_CATEGORIES, RANKS, personFields, type PersonCreateInput } from '../../../shared/registry/people.ts';
import { z } from '../../../shared/kernel/zod.ts';
import { cleanName } from '../../../shared/kernel/text.ts';
import { countNamesakesInUnit, insertPerson } from '../../../db/repos/registry/people.ts';
import { findUnitsByName } from '../../../db/repos/registry/units.ts';
import { audit, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import type { ColumnSpec } from '../kernel/xlsx/readTable.ts';
import { writeWorkbook } from '../kernel/xlsx/writeTable.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { firstIssues, matchChoice, preview, readUpload, rejectIfErrors, RowErrors, type SheetRows } from './importCommon.ts';
import { namesakeMessage } from './personChecks.ts';

export const PERSON_IMPORT_COLUMNS: ColumnSpec[] = [
  { key: 'name', header: '姓名', required: true },
  { key: 'unitName', header: '所在单位', aliases: ['单位', '工作单位', '单位名称'], required: true },
  { key: 'post', header: '职务', aliases: ['现任职务'], required: true },
  { key: 'rank', header: '职级', aliases: ['级别', '职级（级别）'] },
  { key: 'partyMember', header: '是否中共党员', aliases: ['中共党员', '是否党员', '政治面貌'] },
  { key: 'category', header: '身份类别', aliases: ['人员类别', '类别'] },
];

const PARTY: Record<string, boolean> = {
  是: true, 党员: true, 中共党员: true, 中共预备党员: true, 预备党员: true, y: true, yes: true, true: true, '1': true,
  否: false, 群众: false, 非党员: false, n: false, no: false, false: false, '0': false,
};

const RANK_ALIASES: Record<string, (typeof RANKS)[number]> = {
  正处: '正处级', 副处: '副处级', 正科: '正科级', 副科: '副科级', 科员: '科员及以下', 办事员: '科员及以下',
  村干部: '村（社区）干部', 社区干部: '村（社区）干部', 村社区干部: '村（社区）干部', 企业管理: '企业管理人员',
};
const CATEGORY_ALIASES: Record<string, (typeof PERSON_CATEGORIES)[number]> = {
  主要领导: '主要负责人', 一把手: '主要负责人', 班子: '班子成员', 领导班子成员: '班子成员', 干部: '一般干部', 一般人员: '一般干部', 工作人员: '一般干部',
};

const rowSchema = z.strictObject({ name: personFields.name, post: personFields.post });

type PersonImportRow = PersonCreateInput & { unitName: string };

function parseRows(call: Call, sheet: SheetRows): { rows: Array<{ rowNumber: number; value: PersonImportRow }>; errors: RowErrors } {
  const errors = new RowErrors();
  const rows: Array<{ rowNumber: number; value: PersonImportRow }> = [];
  const seen = new Map<string, number>();
  const unitCache = new Map<string, ReturnType<typeof findUnitsByName>>();
  for (const { rowNumber, values } of sheet.rows) {
    const problems: string[] = [];
    const base = rowSchema.safeParse({ name: values.name ?? '', post: values.post ?? '' });
    if (!base.success) problems.push(firstIssues(base.error.issues));

    const rank = values.rank ? matchChoice(values.rank, RANKS, RANK_ALIASES) : null;
    if (!values.rank) problems.push('请填写职级');
    else if (!rank) problems.push(`职级“${values.rank}”无效（可选：${RANKS.join('、')}）`);

    const partyRaw = (values.partyMember ?? '').normalize('NFKC').replace(/\s/g, '').toLowerCase();
    const partyMember = partyRaw in PARTY ? (PARTY[partyRaw] as boolean) : null;
    if (!partyRaw) problems.push('请填写是否中共党员（是/否）');
    else if (partyMember === null) problems.push(`是否中共党员“${values.partyMember}”无法识别，请填“是”或“否”`);

    const category = values.category ? matchChoice(values.category, PERSON_CATEGORIES, CATEGORY_ALIASES) : null;
    if (!values.category) problems.push('请填写身份类别');
    else if (!category) problems.push(`身份类别“${values.category}”无效（可选：${PERSON_CATEGORIES.join('、')}）`);

    const unitName = cleanName(values.unitName ?? '');
    let unitId: number | null = null;
    if (unitName) {
      const units = unitCache.get(unitName) ?? findUnitsByName(call.ctx.db, unitName);
      unitCache.set(unitName, units);
      const active = units.filter((u) => u.status === '正常');
      if (active.length === 1) unitId = (active[0] as { id: number }).id;
      else if (active.length > 1) problems.push(`所在单位“${unitName}”有 ${active.length} 个同名单位，无法确定是哪一个`);
      else if (units.length > 0) problems.push(`所在单位“${unitName}”已撤销`);
      else problems.push(`所在单位“${unitName}”尚未登记：请先在单位名册中添加`);
    } else {
      problems.push('请填写所在单位');
    }

    if (problems.length > 0 || !base.success || unitId === null || !rank || partyMember === null || !category) {
      errors.add(rowNumber, problems.join('；'));
      continue;
    }
    const value: PersonImportRow = { ...base.data, unitId, unitName, rank, partyMember, category };
    const key = `${unitId}/${value.name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.add(rowNumber, `与第${first}行重复（同一单位的同名人员）。如确系两人，请在姓名后用括号区分`);
      continue;
    }
    seen.set(key, rowNumber);
    if (countNamesakesInUnit(call.ctx.db, unitId, value.name, null) > 0) {
      errors.add(rowNumber, namesakeMessage(value.name, unitName).replace(/。$/, ''));
      continue;
    }
    rows.push({ rowNumber, value });
  }
  return { rows, errors };
}

export const peopleImportHandlers: HandlerGroup<'people.importTemplate' | 'people.importPreview' | 'people.importCommit'> = {
  'people.importTemplate': steps<'people.importTemplate', Uint8Array>({
    prepare: () => writeWorkbook([
      {
        name: '人员名册',
        title: '人员名册导入模板',
        columns: PERSON_IMPORT_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.key, width: 20 })),
        rows: [],
        notes: [
          '带 * 的列必须填写，职级、是否中共党员、身份类别也须填写；表头行不要改动。',
          '所在单位填已登记单位的全称（请先导入单位名册）。',
          `职级可填：${RANKS.join('、')}。`,
          '是否中共党员填“是”或“否”（“中共党员”“群众”也可识别）。',
          `身份类别可填：${PERSON_CATEGORIES.join('、')}。`,
          '同一单位不能有两名同名的在职人员；如确系两人，请在姓名后用括号区分，如“张伟（大）”。',
          '任何一行有误时整个文件都不会导入，系统会逐行列出需要修改之处。',
        ],
      },
    ]),
    run: (call, _input, data) => fileResult('人员名册导入模板', call, data),
  }),

  'people.importPreview': steps<'people.importPreview', SheetRows>({
    prepare: (_call, input) => readUpload(input, PERSON_IMPORT_COLUMNS),
    run: (call, _input, sheet) => {
      const parsed = parseRows(call, sheet);
      return preview(sheet, parsed.rows, parsed.errors);
    },
  }),

  'people.importCommit': steps<'people.importCommit', SheetRows>({
    prepare: (_call, input) => readUpload(input, PERSON_IMPORT_COLUMNS),
    run: (call, _input, sheet) => {
    const parsed = parseRows(call, sheet);
    rejectIfErrors(parsed.errors);
    const now = call.now.toISOString();
    for (const { value } of parsed.rows) {
      const { unitName: _unit, ...data } = value;
      void _unit;
      insertPerson(call.ctx.db, data, now);
    }
    audit(call, 'person', null, sheet.fileName, { import: sheet.fileName, sheet: sheet.sheetName, sha256: sheet.sha256, created: parsed.rows.length });
    return { created: parsed.rows.length };
    },
  }),
};
