// The registry domain's piece of the contract: the units under watch and their people, with
// Excel import and export.
import { z } from '../kernel/zod.ts';
import { asJob, auditedRead, contractPiece, out, read, write } from '../kernel/contract.ts';
import { fileField, type FileResult, type ImportPreview, type Page } from '../kernel/common.ts';
import { REGISTRY_EDITORS, ROLES, type Role } from '../core/index.ts';
import {
  unitCreateInput, unitExportInput, unitGetInput, unitListInput, unitOptionsInput, unitSetLiaisonInput, unitStatusInput, unitUpdateInput,
  type UnitImportRow, type UnitLiaisonResult, type UnitOption, type UnitRow,
} from './units.ts';
import {
  personCreateInput, personExportInput, personGetInput, personImportCommitInput, personListInput, personStatusInput, personUpdateInput,
  type MissingPerson, type PersonImportCounts, type PersonImportResult, type PersonImportRow, type PersonRow,
} from './people.ts';

const empty = z.strictObject({});
const ALL_ROLES: readonly Role[] = ROLES;

export const registryContract = contractPiece({
  domain: 'registry',
  ops: {
    'units.list': read('查询单位', unitListInput, ALL_ROLES, out<Page<UnitRow>>()),
    'units.get': read('查看单位', unitGetInput, ALL_ROLES, out<UnitRow>()),
    'units.options': read('查找单位', unitOptionsInput, ALL_ROLES, out<UnitOption[]>()),
    'units.create': write('新增单位', unitCreateInput, REGISTRY_EDITORS, out<UnitRow>()),
    'units.update': write('编辑单位', unitUpdateInput, REGISTRY_EDITORS, out<UnitRow>()),
    'units.setStatus': write('撤销/恢复单位', unitStatusInput, REGISTRY_EDITORS, out<UnitRow>()),
    'units.setLiaison': write('批量设置联系干部', unitSetLiaisonInput, REGISTRY_EDITORS, out<UnitLiaisonResult>()),
    'units.export': auditedRead('导出单位名册', unitExportInput, ALL_ROLES, out<FileResult>()),
    'units.importTemplate': read('下载单位导入模板', empty, REGISTRY_EDITORS, out<FileResult>()),
    // The imports may run as jobs the page follows (jobs.start): 20,000 rows take seconds.
    'units.importPreview': asJob(read('预览单位导入', fileField, REGISTRY_EDITORS, out<ImportPreview<UnitImportRow>>())),
    'units.importCommit': asJob(write('导入单位', fileField, REGISTRY_EDITORS, out<{ created: number }>())),

    'people.list': read('查询人员', personListInput, ALL_ROLES, out<Page<PersonRow>>()),
    'people.get': read('查看人员', personGetInput, ALL_ROLES, out<PersonRow>()),
    'people.create': write('新增人员', personCreateInput, REGISTRY_EDITORS, out<PersonRow>()),
    'people.update': write('编辑人员', personUpdateInput, REGISTRY_EDITORS, out<PersonRow>()),
    'people.setStatus': write('人员离任/恢复在职', personStatusInput, REGISTRY_EDITORS, out<PersonRow>()),
    'people.export': auditedRead('导出人员名册', personExportInput, ALL_ROLES, out<FileResult>()),
    'people.importTemplate': read('下载人员导入模板', empty, REGISTRY_EDITORS, out<FileResult>()),
    'people.importPreview': asJob(read('预览人员导入', fileField, REGISTRY_EDITORS,
      out<ImportPreview<PersonImportRow> & { counts: PersonImportCounts; missing: MissingPerson[] }>())),
    'people.importCommit': asJob(write('导入人员', personImportCommitInput, REGISTRY_EDITORS, out<PersonImportResult>())),
  },
  entities: {
    unit: '单位',
    person: '人员',
  },
  fields: {
    name: '名称',
    type: '单位类型',
    parentId: '上级单位',
    headcount: '编制人数',
    leaderName: '主要负责人',
    liaison: '联系干部',
    liaisonUserId: '联系干部',
    status: '状态',
    unitId: '所在单位',
    post: '职务',
    rank: '职级',
    partyMember: '是否中共党员',
    category: '身份类别',
    q: '关键词',
    includeInactive: '含已撤销',
    import: '导入文件',
    sheet: '工作表',
    idNumber: '身份证号',
    created: '新增',
    updated: '更新',
    unchanged: '无变化',
    markedLeft: '标记离任',
    markMissingLeft: '将名单中缺少的人员标记为已离任',
    establishedDate: '设立日期',
    revokedDate: '撤销日期',
  },
});
