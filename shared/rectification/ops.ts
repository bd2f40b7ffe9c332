// The rectification domain's piece of the contract: 整改事项 from registration (one at a time or a
// whole 问题清单, or by issuing a 预警告知书) through progress, evidence, 申请验收, 验收 and 销号,
// with 延期 and 屡查屡犯; the 整改台账, its summaries and export; 首页's lists.
import { z } from '../kernel/zod.ts';
import { auditedRead, contractPiece, out, read, write } from '../kernel/contract.ts';
import type { FileResult, Page } from '../kernel/common.ts';
import { ROLES, type Role } from '../core/index.ts';
import type { DocDetail } from '../documents/index.ts';
import { docVersionInput } from '../documents/index.ts';
import {
  rectAcceptanceInput, rectCloseInput, rectCreateInput, rectEvidenceInput, rectExtensionDecideInput, rectExtensionRequestInput,
  rectFileIdInput, rectIdInput, rectProgressInput, rectUpdateInput, rectVerifyInput, type RectDetail, type RectRow,
} from './items.ts';
import { rectExportInput, rectListInput, rectSummaryInput, type RectSummaryRow } from './ledger.ts';
import { noticeIdInput, noticeReportInput, type NoticeRectView, type NoticeReport } from './notices.ts';
import type { RectDashboard } from './dashboard.ts';
import { RECT_LEADERS, RECT_VERIFIERS, RECT_WRITERS } from './flow.ts';

const ALL_ROLES: readonly Role[] = ROLES;
const empty = z.strictObject({});

export const rectificationContract = contractPiece({
  domain: 'rectification',
  ops: {
    'rect.list': read('查询整改台账', rectListInput, ALL_ROLES, out<Page<RectRow>>()),
    'rect.get': read('查看整改事项', rectIdInput, ALL_ROLES, out<RectDetail>()),
    'rect.summary': read('查看整改汇总', rectSummaryInput, ALL_ROLES, out<RectSummaryRow[]>()),
    /** The 整改台账 as the office hands it up, in its own columns; every export audited. */
    'rect.export': auditedRead('导出整改台账', rectExportInput, ALL_ROLES, out<FileResult>()),
    'rect.dashboard': read('查看整改提醒', empty, ALL_ROLES, out<RectDashboard>()),

    'rect.create': write('登记整改事项', rectCreateInput, RECT_WRITERS, out<RectRow[]>()),
    'rect.update': write('修改整改事项', rectUpdateInput, RECT_WRITERS, out<RectDetail>()),
    'rect.progress': write('记录整改进展', rectProgressInput, RECT_WRITERS, out<RectDetail>()),
    'rect.addEvidence': write('上传佐证材料', rectEvidenceInput, RECT_WRITERS, out<RectDetail>()),
    'rect.downloadFile': auditedRead('下载整改材料', rectFileIdInput, ALL_ROLES, out<FileResult>()),
    'rect.requestAcceptance': write('申请验收', rectAcceptanceInput, RECT_WRITERS, out<RectDetail>()),
    'rect.verify': write('验收', rectVerifyInput, RECT_VERIFIERS, out<RectDetail>()),
    'rect.close': write('销号', rectCloseInput, RECT_LEADERS, out<RectDetail>()),
    'rect.requestExtension': write('申请整改延期', rectExtensionRequestInput, RECT_WRITERS, out<RectDetail>()),
    'rect.decideExtension': write('审批整改延期', rectExtensionDecideInput, RECT_LEADERS, out<RectDetail>()),

    /** Issues a 预警告知书 draft (文号, frozen file) and creates one item per problem, in one transaction. */
    'rect.issueWarning': write('印发预警告知书', docVersionInput, RECT_WRITERS, out<DocDetail>()),
    'rect.notice': read('查看预警告知书整改情况', noticeIdInput, ALL_ROLES, out<NoticeRectView>()),
    'rect.recordNoticeReport': write('登记整改情况报告', noticeReportInput, RECT_WRITERS, out<NoticeReport>()),
  },
  entities: {
    'rect-item': '整改事项',
    'rect-file': '整改材料',
    'rect-notice-report': '整改情况报告',
  },
  fields: {
    number: '编号',
    source: '问题来源',
    sourceRef: '来源说明',
    unit: '单位',
    problem: '问题描述',
    category: '问题类别',
    deadline: '整改时限',
    deadlineFrom: '原整改时限',
    deadlineTo: '延期后的整改时限',
    status: '整改状态',
    percent: '完成比例',
    date: '日期',
    passed: '验收结论',
    approve: '审批结论',
    reason: '理由',
    opinion: '意见',
    evidence: '佐证材料',
    fileName: '文件名',
    sha256: '文件校验值',
    size: '大小（字节）',
    items: '整改事项数',
    notices: '预警告知书数',
    recurrenceOf: '屡查屡犯（原事项）',
    document: '预警告知书',
    tip: '信访件',
    leader: '责任领导',
    owner: '责任人',
    measures: '整改措施数',
    filter: '筛选条件',
    rows: '行数',
    access: '查看方式',
  },
});
