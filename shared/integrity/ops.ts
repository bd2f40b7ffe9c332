// The integrity index's piece of the contract (廉情指数): the yearly schemes as data (draft, enable,
// correct), the inputs with their records (checklists, surveys, costs — entered or imported —,
// supervision findings, bonuses, decisions made elsewhere), the engine's results for a quarter or a
// year, publishing (frozen, with the scheme version and a hash of the inputs) and the display
// platform's grid, a unit's page, the distribution and the 廉情指数表.

import { auditedRead, contractPiece, out, read, write } from '../kernel/contract.ts';
import type { FileResult, Page } from '../kernel/common.ts';
import {
  bonusAddInput, bonusListInput, checklistGridInput, checklistSetInput, decisionAddInput, decisionFileInput, decisionListInput,
  findingAddInput, findingListInput, findingUpdateInput, gridInput, importInput, measureListInput, measureSetInput, periodInput,
  publishInput, quarterInput, schemeCreateInput, schemeEnableInput, schemeIdInput, schemeListInput, schemeSaveInput, templateInput,
  unitIndexInput, withdrawInput, yearInput,
} from './forms.ts';
import type {
  BonusRow, ChecklistGrid, ChecklistRow, DecisionRow, DistributionView, FindingRow, IndexGrid, IndexImportPreview, IndexImportResult,
  MeasureRow, PublicationRow, QuarterResultView, SchemeDetail, SchemeRow, UnitIndexView, YearResultView,
} from './views.ts';
import { INDEX_INPUT_WRITERS, INDEX_PUBLISHERS, INDEX_READERS, SCHEME_EDITORS, SCHEME_READERS } from './flow.ts';

export const integrityContract = contractPiece({
  domain: 'integrity',
  ops: {
    // 评分方案
    'integrity.schemes': read('查看评分方案', schemeListInput, SCHEME_READERS, out<SchemeRow[]>()),
    'integrity.scheme': read('查看评分方案内容', schemeIdInput, SCHEME_READERS, out<SchemeDetail>()),
    'integrity.createScheme': write('新建评分方案', schemeCreateInput, SCHEME_EDITORS, out<SchemeDetail>()),
    'integrity.saveScheme': write('修改评分方案', schemeSaveInput, SCHEME_EDITORS, out<SchemeDetail>()),
    /** 启用: the version is frozen from then on; computing uses the year's latest enabled version. */
    'integrity.enableScheme': write('启用评分方案', schemeEnableInput, SCHEME_EDITORS, out<SchemeDetail>()),

    // 数据录入
    'integrity.checklist': read('查看控制性检查', checklistGridInput, INDEX_READERS, out<ChecklistGrid>()),
    'integrity.setChecklist': write('录入控制性检查结果', checklistSetInput, INDEX_INPUT_WRITERS, out<ChecklistRow>()),
    'integrity.template': read('下载导入模板', templateInput, INDEX_INPUT_WRITERS, out<FileResult>()),
    'integrity.previewImport': read('预览导入数据', importInput, INDEX_INPUT_WRITERS, out<IndexImportPreview>()),
    /** All rows or none: one row refused refuses the file. */
    'integrity.import': write('导入廉情指数数据', importInput, INDEX_INPUT_WRITERS, out<IndexImportResult>()),
    'integrity.measures': read('查看调查和成本数据', measureListInput, INDEX_READERS, out<Page<MeasureRow>>()),
    'integrity.setMeasure': write('录入调查和成本数据', measureSetInput, INDEX_INPUT_WRITERS, out<MeasureRow>()),
    'integrity.findings': read('查看监督发现问题', findingListInput, INDEX_READERS, out<Page<FindingRow>>()),
    'integrity.addFinding': write('登记监督发现问题', findingAddInput, INDEX_INPUT_WRITERS, out<FindingRow>()),
    'integrity.updateFinding': write('修改监督发现问题', findingUpdateInput, INDEX_INPUT_WRITERS, out<FindingRow>()),
    'integrity.withdrawFinding': write('作废监督发现问题', withdrawInput, INDEX_INPUT_WRITERS, out<FindingRow>()),
    'integrity.bonuses': read('查看激励加分', bonusListInput, INDEX_READERS, out<Page<BonusRow>>()),
    'integrity.addBonus': write('登记激励加分', bonusAddInput, INDEX_INPUT_WRITERS, out<BonusRow>()),
    'integrity.withdrawBonus': write('作废激励加分', withdrawInput, INDEX_INPUT_WRITERS, out<BonusRow>()),
    'integrity.decisions': read('查看处分决定', decisionListInput, INDEX_READERS, out<Page<DecisionRow>>()),
    /** A decision made elsewhere (案件审理, 上级纪委, 司法机关): one discipline event, with its document. */
    'integrity.addDecision': write('登记处分决定', decisionAddInput, INDEX_INPUT_WRITERS, out<DecisionRow>()),
    'integrity.decisionFile': auditedRead('下载处分决定书', decisionFileInput, INDEX_READERS, out<FileResult>()),

    // 计算、发布、展示
    'integrity.computeQuarter': read('计算季度廉情指数', quarterInput, INDEX_READERS, out<QuarterResultView>()),
    'integrity.computeYear': read('计算年度廉情指数', yearInput, INDEX_READERS, out<YearResultView>()),
    'integrity.grid': read('查看廉情指数展示平台', gridInput, INDEX_READERS, out<IndexGrid>()),
    'integrity.unit': read('查看单位廉情指数', unitIndexInput, INDEX_READERS, out<UnitIndexView>()),
    'integrity.distribution': read('查看廉情指数分布', periodInput, INDEX_READERS, out<DistributionView>()),
    'integrity.publications': read('查看发布记录', yearInput, INDEX_READERS, out<PublicationRow[]>()),
    /** 发布: frozen with the scheme version and the inputs' hash; republishing needs a reason and keeps the earlier one. */
    'integrity.publish': write('发布廉情指数', publishInput, INDEX_PUBLISHERS, out<PublicationRow>()),
    'integrity.export': auditedRead('导出廉情指数表', yearInput, INDEX_READERS, out<FileResult>()),
  },
  entities: {
    'index-scheme': '评分方案',
    'index-checklist': '控制性检查结果',
    'index-measure': '调查和成本数据',
    'index-import': '廉情指数数据导入',
    'index-finding': '监督发现问题',
    'index-bonus': '激励加分',
    'index-decision': '处分决定',
    'index-publication': '廉情指数发布',
  },
  fields: {
    year: '年度',
    quarter: '季度',
    period: '期间',
    version: '版本',
    status: '状态',
    note: '说明',
    from: '方案来源',
    changes: '修改内容',
    unit: '单位',
    item: '控制点',
    result: '检查结果',
    results: '检查结果',
    kind: '类别',
    fileName: '文件名',
    sha256: '文件校验值',
    rows: '行数',
    added: '新增',
    changed: '修改',
    values: '数值',
    channel: '监督渠道',
    date: '日期',
    source: '来源',
    summary: '内容',
    reason: '理由',
    bonusKind: '加分项',
    evidence: '佐证材料',
    body: '决定机关',
    documentNumber: '决定文号',
    person: '被处理人',
    outcome: '处理结果',
    grade: '处分档次',
    circumstance: '情节',
    conductDate: '行为发生时间',
    event: '处理记录',
    scheme: '评分方案版本',
    inputsHash: '输入数据校验值',
    units: '单位数',
    counts: '结果分布',
    confirmMissing: '未录入项按0分',
    replaces: '替代的发布',
    filter: '筛选条件',
  },
});

export type IntegrityOp = keyof typeof integrityContract.ops;
