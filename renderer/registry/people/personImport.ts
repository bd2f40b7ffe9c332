// How the import preview of people is shown.
import type { PersonCreateInput } from '../../../shared/registry/people.ts';
import type { ImportColumn } from '../../kit/ImportDialog.tsx';

export type PersonImportRow = PersonCreateInput & { unitName: string };

export const PERSON_IMPORT_COLUMNS: ReadonlyArray<ImportColumn<PersonImportRow>> = [
  { header: '姓名', value: (r) => r.name },
  { header: '所在单位', value: (r) => r.unitName },
  { header: '职务', value: (r) => r.post },
  { header: '职级', value: (r) => r.rank },
  { header: '是否中共党员', value: (r) => (r.partyMember ? '是' : '否') },
  { header: '身份类别', value: (r) => r.category },
];

export const PERSON_IMPORT_HINT =
  '请按“下载导入模板”的格式填写：姓名、所在单位、职务、职级、是否中共党员、身份类别；表头上方可以有标题行。所在单位须是已登记的单位。';
