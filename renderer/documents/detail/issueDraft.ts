// 印发 by kind: a 通知 or a 预警建议书 (one at a time; a year's 建议书 also in a batch on the 预警闭环
// page) through docs.issue; a 预警告知书 through the rectification domain's
// rect.issueWarning, which issues it and makes one rectification item per problem in the same
// transaction (docs.issue refuses a 预警告知书); a 函询通知书, 委托谈话通知书 or 谈话通知 through
// interviews.issueNotice, which starts the deadline of its talk or letter in the same transaction.
import type { OpName } from '../../../shared/api.ts';
import { numberYear, type DocDetail, type DocKind } from '../../../shared/documents/index.ts';
import { api } from '../../api/client.ts';

export function issueDraft(doc: DocDetail): Promise<DocDetail> {
  const input = { id: doc.id, version: doc.version };
  switch (doc.kind) {
    case 'notice':
    case 'advice':
      return api.call('docs.issue', input);
    case 'warning':
      return api.call('rect.issueWarning', input);
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return api.call('interviews.issueNotice', input);
  }
}

/** What the confirmation says before the 文号 is given for good. */
export function issueQuestion(doc: DocDetail): string {
  const year = `印发后生成${numberYear(doc.fields.date)}年的文号（按成文日期${doc.fields.date}的年份），文件不可再修改`;
  switch (doc.kind) {
    case 'notice':
      return `${year}。确定印发《${doc.title}》吗？`;
    case 'warning':
      return `${year}，并按所列${doc.fields.problems.length}个问题生成整改事项。确定印发《${doc.title}》吗？`;
    case 'inquiry':
      return doc.replacesId === null
        ? `${year}，并从成文日期起计算函询答复期限。确定印发《${doc.title}》吗？`
        : `${year}，答复期限不变。确定印发《${doc.title}》吗？`;
    case 'entrust':
      return doc.replacesId === null
        ? `${year}，并从成文日期起计算委托谈话期限。确定印发《${doc.title}》吗？`
        : `${year}，谈话期限不变。确定印发《${doc.title}》吗？`;
    case 'talkNotice':
      return `${year}。确定印发《${doc.title}》吗？`;
    case 'advice':
      return `${year}（预警建议书单独编号）。确定印发《${doc.title}》吗？`;
  }
}

/** The operation that issues a kind (its roles decide who sees 印发). */
export function issueOpOf(kind: DocKind): OpName {
  switch (kind) {
    case 'notice':
    case 'advice':
      return 'docs.issue';
    case 'warning':
      return 'rect.issueWarning';
    case 'inquiry':
    case 'entrust':
    case 'talkNotice':
      return 'interviews.issueNotice';
  }
}
