// Excel exports of the registry lists, with the office's column names.
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { UnitExportInput } from '../../../shared/registry/units.ts';
import type { PersonExportInput } from '../../../shared/registry/people.ts';
import { iterateUnits } from '../../../db/repos/registry/units.ts';
import { iteratePeople } from '../../../db/repos/registry/people.ts';
import { audit, inTransaction, today, type Call } from '../kernel/context.ts';
import { writeWorkbook, type WriteColumn } from '../kernel/xlsx/writeTable.ts';

export const UNIT_EXPORT_COLUMNS: WriteColumn[] = [
  { header: '序号', key: 'no', kind: 'number', width: 6 },
  { header: '单位名称', key: 'name' },
  { header: '单位类型', key: 'type' },
  { header: '上级单位', key: 'parentName' },
  { header: '编制人数', key: 'headcount', kind: 'number' },
  { header: '主要负责人', key: 'leaderName' },
  { header: '在职人数', key: 'peopleCount', kind: 'number' },
  { header: '状态', key: 'status' },
];

export const PERSON_EXPORT_COLUMNS: WriteColumn[] = [
  { header: '序号', key: 'no', kind: 'number', width: 6 },
  { header: '姓名', key: 'name' },
  { header: '所在单位', key: 'unitName' },
  { header: '职务', key: 'post' },
  { header: '职级', key: 'rank' },
  { header: '是否中共党员', key: 'partyMember' },
  { header: '身份类别', key: 'category' },
  { header: '状态', key: 'status' },
];

function fileResult(name: string, call: Call, data: Uint8Array): FileResult {
  const stamp = today(call).replace(/-/g, '');
  return { fileName: `${name}_${stamp}.xlsx`, dataBase64: Buffer.from(data).toString('base64') };
}

type Row = Record<string, string | number | boolean | null>;

/** One list as a workbook with a numbered column, its export recorded in the audit trail. */
async function exportList(call: Call, list: string, unit: string, columns: WriteColumn[], items: Iterable<Row>, filters: unknown): Promise<FileResult> {
  const rows: Row[] = [];
  for (const item of items) rows.push({ no: rows.length + 1, ...item });
  const title = `${list}（${today(call)}导出，共${rows.length}${unit}）`;
  const data = await writeWorkbook([{ name: list, title, columns, rows }]);
  inTransaction(call, () => audit(call, 'export', null, { list, rows: rows.length, filters }));
  return fileResult(list, call, data);
}

function* unitRows(call: Call, input: UnitExportInput): Generator<Row> {
  for (const u of iterateUnits(call.ctx.db, input)) {
    yield { name: u.name, type: u.type, parentName: u.parentName, headcount: u.headcount, leaderName: u.leaderName, peopleCount: u.peopleCount, status: u.status };
  }
}

function* personRows(call: Call, input: PersonExportInput): Generator<Row> {
  for (const p of iteratePeople(call.ctx.db, input)) {
    yield { name: p.name, unitName: p.unitName, post: p.post, rank: p.rank, partyMember: p.partyMember, category: p.category, status: p.status };
  }
}

export function exportUnits(call: Call, input: UnitExportInput): Promise<FileResult> {
  return exportList(call, '单位名册', '个', UNIT_EXPORT_COLUMNS, unitRows(call, input), input);
}

export function exportPeople(call: Call, input: PersonExportInput): Promise<FileResult> {
  return exportList(call, '人员名册', '人', PERSON_EXPORT_COLUMNS, personRows(call, input), input);
}

export { fileResult };
