// The tips domain's piece of the contract: 信访举报 / 问题线索 from registration to archive, the
// ledger and its export, statistics, the home page's lists.
import { z } from '../kernel/zod.ts';
import { auditedRead, memoryRead, contractPiece, out, read, write } from '../kernel/contract.ts';
import type { FileResult } from '../kernel/common.ts';
import { jobIdInput, type JobStarted, type JobStatus } from '../kernel/jobs.ts';
import { LEADERS, ROLES, TIP_CLERKS, TIP_HANDLERS, type Role } from '../core/index.ts';
import { repeatCandidatesInput, tipRegisterInput, type RepeatCandidate, type TipRegisterResult } from './register.ts';
import {
  attachmentAddInput, attachmentIdInput, extensionDecideInput, extensionRequestInput, queryCodeInput, tipApproveInput,
  tipArchiveInput, tipReopenInput, tipConcludeInput, tipFeedbackInput, tipIdInput, tipLinkRepeatInput, tipProposeInput, tipUnlinkRepeatInput, tipPrintFormInput,
  type QueryCodeResult,
} from './steps.ts';
import { tipExportInput, tipListInput, type ReporterInfo, type TipAttachment, type TipDetail, type TipPage } from './ledger.ts';
import type { TipDashboard } from './dashboard.ts';
import { tipStatsExportInput, tipStatsInput, type TipStats } from './stats.ts';

const empty = z.strictObject({});
const ALL_ROLES: readonly Role[] = ROLES;

export const tipsContract = contractPiece({
  domain: 'tips',
  ops: {
    'tips.list': read('查询问题线索台账', tipListInput, ALL_ROLES, out<TipPage>()),
    'tips.get': read('查看信访件', tipIdInput, ALL_ROLES, out<TipDetail>()),
    'tips.register': write('登记信访件', tipRegisterInput, TIP_CLERKS, out<TipRegisterResult>()),
    'tips.repeatCandidates': read('查找重复件', repeatCandidatesInput, ALL_ROLES, out<RepeatCandidate[]>()),
    'tips.linkRepeat': write('关联重复件', tipLinkRepeatInput, TIP_CLERKS, out<TipDetail>()),
    'tips.unlinkRepeat': write('取消重复件关联', tipUnlinkRepeatInput, TIP_CLERKS, out<TipDetail>()),
    'tips.propose': write('拟办', tipProposeInput, TIP_CLERKS, out<TipDetail>()),
    'tips.approve': write('审批', tipApproveInput, LEADERS, out<TipDetail>()),
    'tips.conclude': write('办结', tipConcludeInput, TIP_HANDLERS, out<TipDetail>()),
    'tips.requestExtension': write('申请延期', extensionRequestInput, TIP_HANDLERS, out<TipDetail>()),
    'tips.decideExtension': write('审批延期', extensionDecideInput, LEADERS, out<TipDetail>()),
    'tips.feedback': write('记录反馈', tipFeedbackInput, TIP_CLERKS, out<TipDetail>()),
    'tips.archive': write('归档', tipArchiveInput, TIP_CLERKS, out<TipDetail>()),
    'tips.reopen': write('重新启用', tipReopenInput, LEADERS, out<TipDetail>()),
    /**
     * A tip's form as a .docx (信访举报登记表, 问题线索处置审批表, 办结报告): the reporter shown to the
     * roles with the right, masked for the others; every print is audited (which form, whether the
     * reporter was on it).
     */
    'tips.printForm': auditedRead('打印信访件文书', tipPrintFormInput, ALL_ROLES, out<FileResult>()),
    /** Allowed to the roles in settings.reporterRoles; checked by the handler. Changes no data, but is audited. */
    'tips.revealReporter': auditedRead('查看举报人信息', tipIdInput, ALL_ROLES, out<ReporterInfo>()),
    /** Changes no data; each lookup is audited (without the code). */
    'tips.lookupCode': auditedRead('查询码查询', queryCodeInput, ALL_ROLES, out<QueryCodeResult>()),
    'tips.addAttachment': write('上传附件', attachmentAddInput, TIP_HANDLERS, out<TipAttachment>()),
    'tips.downloadAttachment': auditedRead('下载附件', attachmentIdInput, ALL_ROLES, out<FileResult>()),
    /** Opens the file in the system viewer where the host can (desktop); false means: download it instead. */
    'tips.openAttachment': auditedRead('打开附件', attachmentIdInput, ALL_ROLES, out<{ opened: boolean }>()),
    'tips.dashboard': read('查看待办', empty, ALL_ROLES, out<TipDashboard>()),
    'tips.stats': read('查看信访统计', tipStatsInput, ALL_ROLES, out<TipStats>()),
    'tips.statsExport': auditedRead('导出信访举报统计表', tipStatsExportInput, ALL_ROLES, out<FileResult>()),
    /** includeReporter is refused for roles without the right; every export is audited, one with reporters on its own. */
    'tips.export': auditedRead('导出问题线索台账', tipExportInput, ALL_ROLES, out<FileResult>()),
    /** The same export as a job the page follows (tips.exportProgress), audited as it starts. */
    'tips.exportStart': auditedRead('导出问题线索台账', tipExportInput, ALL_ROLES, out<JobStarted>()),
    /** How far the caller's own export is; at the end the file, once. */
    'tips.exportProgress': memoryRead('查看导出进度', jobIdInput, ALL_ROLES, out<JobStatus<FileResult>>()),
  },
  entities: {
    tip: '信访件',
    'tip-attachment': '附件',
    'tip-reporter': '举报人信息',
    'tip-query-code': '查询码',
    'tip-reporter-export': '含举报人信息的导出',
    'tip-form': '信访件文书',
  },
  fields: {
    form: '文书',
    withReporterShown: '含举报人信息',
    limited: '超出次数限制',
    number: '编号',
    approved: '是否同意',
    disposal: '处置方式',
    handler: '承办人',
    handlingDue: '承办时限',
    result: '办理结果',
    outcomes: '处理',
    extension: '延期',
    feedback: '反馈方式',
    archived: '已归档',
    reopened: '重新启用',
    access: '查看方式',
    reason: '理由',
    repeatOf: '原件',
    revealed: '已查看',
    found: '查到该件',
    size: '大小（字节）',
    reporterFree: '不含举报人信息',
    year: '年度',
    repeats: '重复件数',
    tips: '信访件数',
    withReporter: '含举报人信息的件数',
    includeReporter: '包含举报人信息',
    channel: '来源渠道',
    category: '问题类别',
    status: '办理状态',
    mode: '反映方式',
    unitId: '被反映单位',
    personId: '被反映人',
    handlerUserId: '承办人',
    dateFrom: '收件日期起',
    dateTo: '收件日期止',
    due: '时限状态',
    repeat: '重复件',
    q: '关键词',
    mine: '我的',
    summary: '问题摘要',
    receivedDate: '收件日期',
    people: '被反映人',
    units: '被反映单位',
    categories: '问题类别',
    dueDate: '时限',
  },
});
