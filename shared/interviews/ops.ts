// The interviews domain's piece of the contract: talks (谈话) and inquiry letters (函询) from
// registration — or a lead's approved 谈话函询方案 — through the record, the reply, the assessment
// and the outcome (a discipline event where it is one), with their notices issued through the
// dispatch register, deadlines on working days, extensions, follow-ups and spot checks; the
// register (谈话函询登记), its export, counts and agenda; 首页's lists.
import { z } from '../kernel/zod.ts';
import { auditedRead, contractPiece, out, read, write } from '../kernel/contract.ts';
import { idField, type FileResult, type Page } from '../kernel/common.ts';
import type { DocDetail } from '../documents/index.ts';
import { docVersionInput } from '../documents/index.ts';
import type { TipDetail } from '../tips/index.ts';
import {
  interviewAddFollowUpInput, interviewAssessInput, interviewConcludeInput, interviewCreateInput, interviewDraftNoticeInput,
  interviewExtensionDecideInput, interviewExtensionRequestInput, interviewFileIdInput, interviewFileInput, interviewFollowUpDoneInput,
  interviewIdInput, interviewMeetingInput, interviewRecordInput, interviewReplyInput, interviewUpdateInput,
} from './records.ts';
import { concludeTipInput, planDecideInput, planRefInput, planSaveInput, planTipInput, type TipInterviewPlan } from './plans.ts';
import type { DisciplineEventView, InterviewDetail, InterviewRow } from './views.ts';
import {
  interviewAgendaInput, interviewExportInput, interviewListInput, interviewStatsInput, type AgendaEntry, type InterviewStats,
} from './ledger.ts';
import type { InterviewDashboard } from './dashboard.ts';
import { spotCheckDrawInput, spotCheckIdInput, spotCheckResultInput, type SpotCheckBatchView } from './spotChecks.ts';
import { INTERVIEW_LEADERS, INTERVIEW_READERS, INTERVIEW_WRITERS } from './flow.ts';

const empty = z.strictObject({});
const personEventsInput = z.strictObject({ personId: idField('人员') });

export const interviewsContract = contractPiece({
  domain: 'interviews',
  ops: {
    'interviews.list': read('查询谈话函询登记', interviewListInput, INTERVIEW_READERS, out<Page<InterviewRow>>()),
    'interviews.get': read('查看谈话函询', interviewIdInput, INTERVIEW_READERS, out<InterviewDetail>()),
    /** 谈话函询登记 in the office's 14 columns; every export audited. */
    'interviews.export': auditedRead('导出谈话函询登记', interviewExportInput, INTERVIEW_READERS, out<FileResult>()),
    'interviews.stats': read('查看谈话函询统计', interviewStatsInput, INTERVIEW_READERS, out<InterviewStats>()),
    'interviews.exportStats': auditedRead('导出谈话函询统计', interviewStatsInput, INTERVIEW_READERS, out<FileResult>()),
    'interviews.agenda': read('查看谈话日程', interviewAgendaInput, INTERVIEW_READERS, out<AgendaEntry[]>()),
    /** A person's discipline events from every source (tips, talks, letters), newest first. */
    'interviews.personEvents': read('查看处理记录', personEventsInput, INTERVIEW_READERS, out<DisciplineEventView[]>()),
    'interviews.dashboard': read('查看谈话函询提醒', empty, INTERVIEW_READERS, out<InterviewDashboard>()),

    'interviews.create': write('登记谈话函询', interviewCreateInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.update': write('修改谈话函询', interviewUpdateInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.record': write('记录谈话', interviewRecordInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.conclude': write('谈话办结', interviewConcludeInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.reply': write('登记函询答复', interviewReplyInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.assess': write('评估函询答复', interviewAssessInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.meeting': write('登记民主生活会说明', interviewMeetingInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.addFollowUp': write('添加后续事项', interviewAddFollowUpInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.doneFollowUp': write('完成后续事项', interviewFollowUpDoneInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.addFile': write('上传谈话函询材料', interviewFileInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    /** Every download audited; the content right is asked as for reading the record. */
    'interviews.downloadFile': auditedRead('下载谈话函询材料', interviewFileIdInput, INTERVIEW_READERS, out<FileResult>()),
    'interviews.requestExtension': write('申请谈话函询延期', interviewExtensionRequestInput, INTERVIEW_WRITERS, out<InterviewDetail>()),
    'interviews.decideExtension': write('审批谈话函询延期', interviewExtensionDecideInput, INTERVIEW_LEADERS, out<InterviewDetail>()),

    /** A draft 函询通知书 / 委托谈话通知书 / 谈话通知 made from the record, edited in 发文登记. */
    'interviews.draftNotice': write('拟制谈话函询文书', interviewDraftNoticeInput, INTERVIEW_WRITERS, out<DocDetail>()),
    /** Issues such a draft (文号, frozen file) and starts the deadline it starts, in one transaction. */
    'interviews.issueNotice': write('印发谈话函询文书', docVersionInput, INTERVIEW_WRITERS, out<DocDetail>()),
    /** 谈话记录 with its signature lines, made when asked (not numbered); content right required. */
    'interviews.printRecord': auditedRead('打印谈话记录', interviewIdInput, INTERVIEW_READERS, out<FileResult>()),

    'interviews.plan': read('查看谈话函询方案', planTipInput, INTERVIEW_READERS, out<TipInterviewPlan>()),
    'interviews.savePlan': write('拟定谈话函询方案', planSaveInput, INTERVIEW_WRITERS, out<TipInterviewPlan>()),
    'interviews.submitPlan': write('提交谈话函询方案', planRefInput, INTERVIEW_WRITERS, out<TipInterviewPlan>()),
    'interviews.decidePlan': write('审批谈话函询方案', planDecideInput, INTERVIEW_LEADERS, out<TipInterviewPlan>()),
    /** 依谈话函询结果办结: the tip concluded from its talks and letters. */
    'interviews.concludeTip': write('依谈话函询结果办结', concludeTipInput, INTERVIEW_WRITERS, out<TipDetail>()),

    'interviews.spotChecks': read('查看函询抽查', empty, INTERVIEW_READERS, out<SpotCheckBatchView[]>()),
    'interviews.drawSpotCheck': write('抽取函询抽查', spotCheckDrawInput, INTERVIEW_WRITERS, out<SpotCheckBatchView>()),
    'interviews.recordSpotCheck': write('登记抽查核实结果', spotCheckResultInput, INTERVIEW_WRITERS, out<SpotCheckBatchView>()),
    'interviews.spotCheck': read('查看抽查批次', spotCheckIdInput, INTERVIEW_READERS, out<SpotCheckBatchView>()),
  },
  entities: {
    interview: '谈话函询',
    'interview-plan': '谈话函询方案',
    'interview-file': '谈话函询材料',
    'spot-check': '函询抽查',
  },
  fields: {
    number: '编号',
    kind: '类别',
    talkType: '谈话类别',
    holder: '谈话方式',
    person: '谈话（函询）对象',
    unit: '单位',
    cause: '事由',
    plannedDate: '计划日期',
    place: '地点',
    interviewers: '谈话人',
    heldDate: '谈话日期',
    outcome: '结果',
    signedDate: '签字日期',
    concludedDate: '办结日期',
    replyDate: '答复日期',
    countersigned: '主要负责人签字背书',
    assessment: '评估结论',
    meetingDate: '民主生活会日期',
    followUp: '后续事项',
    dueDate: '期限',
    extension: '延期',
    approve: '审批结论',
    reason: '理由',
    fileName: '文件名',
    fileKind: '材料类别',
    sha256: '文件校验值',
    size: '大小（字节）',
    document: '文书',
    tip: '信访件',
    result: '办理结果',
    plan: '方案',
    items: '人数',
    created: '生成的谈话函询',
    event: '处理（纪律处分等）',
    from: '期间起',
    to: '期间止',
    share: '抽查比例',
    population: '总数',
    drawn: '抽取数',
    seed: '随机种子',
    drawnIds: '抽中的函询',
    checkResult: '核实结果',
    checkDate: '核实日期',
    checkNote: '核实情况',
    talks: '谈话数',
    letters: '函询数',
    filter: '筛选条件',
    rows: '行数',
    access: '查看方式',
    // The dispatch register's entries written by interviews.draftNotice and interviews.issueNotice.
    title: '标题',
    recipients: '主送机关',
    date: '成文日期',
    replaces: '更正',
    interview: '谈话函询',
  },
});
