// The documents domain's piece of the contract: the dispatch register (发文登记) — drafts of 公文,
// their preview, issuing with a 文号, and the frozen files.
import { z } from '../kernel/zod.ts';
import { contractPiece, out, read, write } from '../kernel/contract.ts';
import type { FileResult, Page } from '../kernel/common.ts';
import { ROLES, type Role } from '../core/index.ts';
import { docCreateInput, docIdInput, docListInput, docUpdateInput, docVersionInput, type DocDetail, type DocRow } from './register.ts';

const ALL_ROLES: readonly Role[] = ROLES;
/** Who drafts and issues the office's 公文 (not 只读, not the system administrator). */
export const DOC_WRITERS: readonly Role[] = ['信访室', '监督检查室', '案件监督管理室', '领导'];

export const documentsContract = contractPiece({
  domain: 'documents',
  ops: {
    'docs.list': read('查询发文登记', docListInput, ALL_ROLES, out<Page<DocRow>>()),
    'docs.get': read('查看公文', docIdInput, ALL_ROLES, out<DocDetail>()),
    'docs.createDraft': write('拟制公文', docCreateInput, DOC_WRITERS, out<DocDetail>()),
    'docs.updateDraft': write('修改公文草稿', docUpdateInput, DOC_WRITERS, out<DocDetail>()),
    'docs.discardDraft': write('删除公文草稿', docVersionInput, DOC_WRITERS, out<null>()),
    /** The draft as it will print, its 文号 left open. */
    'docs.preview': read('预览公文', docIdInput, ALL_ROLES, out<FileResult>()),
    /** Gives the 文号 (next in the kind's sequence for the year) and freezes the bytes. */
    'docs.issue': write('印发公文', docVersionInput, DOC_WRITERS, out<DocDetail>()),
    /** An issued document's frozen file, byte for byte. */
    'docs.download': read('下载公文', docIdInput, ALL_ROLES, out<FileResult>()),
    /** The same, found by its 文号 (the command line's `docs get --number`). */
    'docs.byNumber': read('按文号查找公文', z.strictObject({ number: z.string({ error: '请填写文号' }).trim().min(1, '请填写文号').max(60, '文号过长') }), ALL_ROLES, out<DocDetail>()),
  },
  entities: {
    document: '公文',
  },
  fields: {
    kind: '文种',
    number: '文号',
    title: '标题',
    recipients: '主送机关',
    date: '成文日期',
    sha256: '文件校验值',
    replaces: '更正',
    source: '来源',
    documents: '公文数',
    unit: '预警对象单位',
    problems: '问题数',
    deadline: '整改时限',
    interview: '谈话函询',
  },
});
