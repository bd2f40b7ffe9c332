// Test helpers for the units import: xlsx files built as an office would fill them, and the
// answers of the import operations unwrapped.
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { ok, type TestEnv } from '../../helpers/services.ts';
import type { OpOutput } from '../../../shared/api.ts';
import type { ApiErrorBody, ApiResponse } from '../../../shared/kernel/errors.ts';
import type { UnitRow } from '../../../shared/registry/units.ts';
export type Row = CellValue[];
export type Preview = OpOutput<'units.importPreview'>;

export const HEADER: Row = ['单位名称*', '单位类型*', '上级单位', '编制人数', '主要负责人'];

export async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as unknown as Uint8Array).toString('base64');
}

export async function buildFile(fill: (ws: Worksheet) => void, fileName = '单位名册.xlsx'): Promise<{ fileName: string; dataBase64: string }> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('单位名册'));
  return { fileName, dataBase64: await toBase64(workbook) };
}

/** A plain sheet: the header on row 1, then the given rows from row 2. */
export function plainFile(rows: Row[], fileName?: string): Promise<{ fileName: string; dataBase64: string }> {
  return buildFile((ws) => {
    ws.getRow(1).values = HEADER;
    rows.forEach((row, i) => {
      ws.getRow(i + 2).values = row;
    });
  }, fileName);
}

export function refused(res: ApiResponse<unknown>): ApiErrorBody {
  if (res.ok) throw new Error(`expected a refusal, got ${JSON.stringify(res.value)}`);
  return res.error;
}

export function accepted<T>(res: ApiResponse<unknown>): T {
  if (!res.ok) throw new Error(`expected success, got ${res.error.code} ${res.error.message}`);
  return res.value as T;
}

export async function allUnits(env: TestEnv, token: string): Promise<UnitRow[]> {
  return (await ok(env, 'units.list', { pageSize: 100 }, token)).rows;
}

export function byName(units: UnitRow[], name: string): UnitRow {
  const found = units.filter((u) => u.name === name);
  if (found.length !== 1) throw new Error(`expected one unit named ${name}, found ${found.length}`);
  return found[0] as UnitRow;
}

