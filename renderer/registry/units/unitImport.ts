// How the import preview of units is shown.
import type { UnitImportRow } from '../../../shared/registry/units.ts';
import type { ImportColumn } from '../../kit/ImportDialog.tsx';

export const UNIT_IMPORT_COLUMNS: ReadonlyArray<ImportColumn<UnitImportRow>> = [
  { header: '单位名称', value: (r) => r.name },
  { header: '单位类型', value: (r) => r.type },
  { header: '上级单位', value: (r) => r.parentName },
  { header: '编制人数', value: (r) => (r.headcount === null ? '' : String(r.headcount)) },
  { header: '主要负责人', value: (r) => r.leaderName },
  { header: '联系干部', value: (r) => r.liaisonName },
];

export const UNIT_IMPORT_HINT =
  '请按“下载导入模板”的格式填写：单位名称、单位类型、上级单位、编制人数、主要负责人、联系干部（监督检查室账号的姓名，可留空）；表头上方可以有标题行。上级单位可以是已登记的单位，也可以是同一文件中的单位。';
