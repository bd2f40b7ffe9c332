// Excel exports of the registry lists, with the office's column names.
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { UnitExportInput } from '../../../shared/registry/units.ts';
import type { PersonExportInput } from '../../../shared/registry/people.ts';
import { iterateUnits } from '../../../db/repos/registry/units.ts';
import { iteratePeople } from '../../../db/repos/registry/people.ts';
import { audit, today, type Call } from '../kernel/context.ts';
import { writeWorkbook, type WriteColumn } from '../kernel/xlsx/writeTable.ts';
import { fileResult } from '../kernel/xlsx/fileResult.ts';
import { steps } from '../kernel/handler.ts';
import { shownIdNumber } from './personChecks.ts';
import { officeProfile } from '../core/index.ts';
import { officeMaker } from '../../../shared/core/index.ts';

export const UNIT_EXPORT_COLUMNS: WriteColumn[] = [
  { header: '序号', key: 'no', kind: 'number', width: 6 },
  { header: '单位名称', key: 'name' },
  { header: '单位类型', key: 'type' },
  { header: '上级单位', key: 'parentName' },
  { header: '编制人数', key: 'headcount', kind: 'number' },
  { header: '主要负责人', key: 'leaderName' },
  { header: '联系干部', key: 'liaisonName' },
  { header: '在职人数', key: 'peopleCount', kind: 'number' },
  { header: '状态', key: 'status' },
];

export const PERSON_EXPORT_COLUMNS: WriteColumn[] = [
  { header: '序号', key: 'no', kind: 'number', width: 6 },
  { header: '姓名', key: 'name' },
  { header: '所在单位', key: 'unitName' },
  { header: '身份证号', key: 'idNumber', width: 22 },
  { header: '职务', key: 'post' },
  { header: '职级', key: 'rank' },
  { header: '是否中共党员', key: 'partyMember' },
  { header: '身份类别', key: 'category' },
  { header: '状态', key: 'status' },
];


type Row = Record<string, string | number | boolean | null>;

/** The filters of an export as the audit trail records them (those given, not the sort order). */
function filtersOf(input: UnitExportInput | PersonExportInput): Record<string, unknown> {
  const { sortField: _field, sortDir: _dir, ...filters } = input;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''));
}

interface ListExport {
  list: string;
  title: string;
  /** 制表单位 (机关信息), when saved. */
  maker: string;
  columns: WriteColumn[];
  rows: Row[];
}

/** One list's rows with a numbered column, its export recorded in the audit trail (inside the read). */
function gather(call: Call, list: string, unit: string, columns: WriteColumn[], items: Iterable<Row>, filters: unknown): ListExport {
  const rows: Row[] = [];
  for (const item of items) rows.push({ no: rows.length + 1, ...item });
  audit(call, 'export', null, list, { list, rows: rows.length, filters });
  return { list, title: `${list}（${today(call)}导出，共${rows.length}${unit}）`, maker: officeMaker(officeProfile(call.ctx.db)), columns, rows };
}

/** The workbook, written after the read's transaction. */
async function render(call: Call, e: ListExport): Promise<FileResult> {
  const data = await writeWorkbook([{ name: e.list, title: e.title, maker: e.maker, columns: e.columns, rows: e.rows }]);
  return fileResult(e.list, call, data);
}

function* unitRows(call: Call, input: UnitExportInput): Generator<Row> {
  for (const u of iterateUnits(call.ctx.db, input)) {
    yield { name: u.name, type: u.type, parentName: u.parentName, headcount: u.headcount, leaderName: u.leaderName, liaisonName: u.liaisonName, peopleCount: u.peopleCount, status: u.status };
  }
}

function* personRows(call: Call, input: PersonExportInput): Generator<Row> {
  for (const p of iteratePeople(call.ctx.db, input)) {
    yield { name: p.name, unitName: p.unitName, idNumber: shownIdNumber(call, p.idNumber) || null, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category, status: p.status };
  }
}

export const exportUnits = steps<'units.export', undefined, ListExport>({
  run: (call, input) => gather(call, '单位名册', '个', UNIT_EXPORT_COLUMNS, unitRows(call, input), filtersOf(input)),
  finish: render,
});

export const exportPeople = steps<'people.export', undefined, ListExport>({
  run: (call, input) => gather(call, '人员名册', '人', PERSON_EXPORT_COLUMNS, personRows(call, input), filtersOf(input)),
  finish: render,
});
