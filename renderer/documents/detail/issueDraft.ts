// 印发 by kind: a 通知 through docs.issue; a 预警告知书 through the rectification domain's
// rect.issueWarning, which issues it and makes one rectification item per problem in the same
// transaction (docs.issue refuses a 预警告知书).
import type { OpName } from '../../../shared/api.ts';
import { numberYear, type DocDetail, type DocKind } from '../../../shared/documents/index.ts';
import { api } from '../../api/client.ts';

export function issueDraft(doc: DocDetail): Promise<DocDetail> {
  const input = { id: doc.id, version: doc.version };
  switch (doc.kind) {
    case 'notice':
      return api.call('docs.issue', input);
    case 'warning':
      return api.call('rect.issueWarning', input);
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
  }
}

/** The operation that issues a kind (its roles decide who sees 印发). */
export function issueOpOf(kind: DocKind): OpName {
  switch (kind) {
    case 'notice':
      return 'docs.issue';
    case 'warning':
      return 'rect.issueWarning';
  }
}
