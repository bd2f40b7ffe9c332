// The closed loop's piece of the contract (预警闭环): from a published 廉情指数 result to the 预警告知书
// and its rectification items, the year's 预警建议书 issued in a batch, the grade-C unit's 廉政谈话 and
// the year's lists (不得评先评优 / 可参与优秀班子评定) — each followed to its end, and traced both ways.
// The consequences themselves are written by publishing (integrity.publish, whose handler this
// domain supplies: the index's publish with its consequences in the same transaction).
import { auditedRead, contractPiece, out, read, write } from '../kernel/contract.ts';
import type { FileResult, Page } from '../kernel/common.ts';
import type { DocDetail } from '../documents/index.ts';
import {
  addListPersonInput, adviceBatchInput, awardExportInput, awardListInput, awardLookupInput, closeConsequenceInput, consequenceIdInput, deliveryInput,
  issueAdviceInput, periodConsequencesInput, planTalkInput, printAdviceInput, removeListPersonInput, traceInput, unitConsequencesInput,
} from './forms.ts';
import type { AdviceBatch, AwardListRow, AwardLookup, ConsequenceDetail, ConsequenceRow, ConsequenceTrace, PeriodConsequences } from './views.ts';
import { AWARD_LOOKUP_ROLES, CONSEQUENCE_CLOSERS, CONSEQUENCE_READERS, CONSEQUENCE_WRITERS } from './flow.ts';

export const consequencesContract = contractPiece({
  domain: 'consequences',
  ops: {
    'consequences.period': read('查看预警闭环', periodConsequencesInput, CONSEQUENCE_READERS, out<PeriodConsequences>()),
    'consequences.get': read('查看预警事项', consequenceIdInput, CONSEQUENCE_READERS, out<ConsequenceDetail>()),
    'consequences.ofUnit': read('查看单位预警事项', unitConsequencesInput, CONSEQUENCE_READERS, out<ConsequenceRow[]>()),
    /** From a rectification item, a talk or a 公文 a consequence made, back to the result; null when none made it. */
    'consequences.trace': read('查看预警来源', traceInput, CONSEQUENCE_READERS, out<ConsequenceTrace | null>()),

    /** 拟制预警告知书: a warning draft of the unit, its problems from the result's fixable lines, each naming its records. */
    'consequences.draftNotice': write('拟制预警告知书', consequenceIdInput, CONSEQUENCE_WRITERS, out<DocDetail>()),
    /** 安排廉政谈话: a planned 廉政谈话 (谈话函询) with the result as its cause. */
    'consequences.planTalk': write('安排廉政谈话', planTalkInput, CONSEQUENCE_WRITERS, out<ConsequenceDetail>()),
    /** The year's 建议书 drafts at their versions in the units' order, and how many are issued and delivered. */
    'consequences.adviceBatch': read('查看预警建议书印发情况', adviceBatchInput, CONSEQUENCE_READERS, out<AdviceBatch>()),
    /** 批量印发: the year's 预警建议书 drafts, with consecutive 文号, all or none. */
    'consequences.issueAdvice': write('批量印发预警建议书', issueAdviceInput, CONSEQUENCE_WRITERS, out<DocDetail[]>()),
    'consequences.printAdvice': read('合并打印预警建议书', printAdviceInput, CONSEQUENCE_READERS, out<FileResult>()),
    'consequences.recordDelivery': write('登记预警建议书送达', deliveryInput, CONSEQUENCE_WRITERS, out<ConsequenceDetail>()),
    'consequences.close': write('关闭预警事项', closeConsequenceInput, CONSEQUENCE_CLOSERS, out<ConsequenceDetail>()),

    'consequences.awardList': read('查看评先评优名单', awardListInput, CONSEQUENCE_READERS, out<Page<AwardListRow>>()),
    'consequences.exportAwardList': auditedRead('导出评先评优名单', awardExportInput, CONSEQUENCE_READERS, out<FileResult>()),
    'consequences.lookup': read('查询人员能否评先评优', awardLookupInput, AWARD_LOOKUP_ROLES, out<AwardLookup>()),
    'consequences.addListPerson': write('增列不得评先评优人员', addListPersonInput, CONSEQUENCE_WRITERS, out<ConsequenceDetail>()),
    'consequences.removeListPerson': write('移出不得评先评优人员', removeListPersonInput, CONSEQUENCE_CLOSERS, out<ConsequenceDetail>()),
  },
  entities: {
    'index-consequence': '预警事项',
    'index-award-entry': '评先评优名单人员',
  },
  fields: {
    period: '期间',
    unit: '单位',
    kind: '事项类型',
    basis: '依据',
    document: '公文',
    documents: '公文',
    numbers: '文号',
    interview: '谈话',
    person: '人员',
    plannedDate: '计划日期',
    dueDate: '谈话期限',
    date: '日期',
    note: '说明',
    reason: '理由',
    list: '名单',
    problems: '问题数',
    count: '份数',
    consequences: '预警事项',
  },
});

export type ConsequencesOp = keyof typeof consequencesContract.ops;
