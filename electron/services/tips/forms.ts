// A tip's printable forms (信访举报登记表, 问题线索处置审批表, 办结报告) on the one documents engine.
// Made when asked, for the person asking: not numbered, not frozen. The reporter is printed whole
// only for a role with the right to see reporters (as a reveal would show it), masked otherwise;
// the 反映内容 only for a role with the 信访内容 right. Every print is audited: which form, and
// whether the reporter was on it — never what was printed.
import { AppError } from '../../../shared/kernel/errors.ts';
import { dateInZone } from '../../../shared/kernel/dates.ts';
import type { FileResult } from '../../../shared/kernel/common.ts';
import type { TipDetail, TipStep } from '../../../shared/tips/ledger.ts';
import type { TipForm } from '../../../shared/tips/steps.ts';
import type { DocumentSpec, FormSubject } from '../../../shared/documents/index.ts';
import { getReporter } from '../../../db/repos/tips/tips.ts';
import { audit, type Call } from '../kernel/context.ts';
import { steps, type HandlerGroup } from '../kernel/handler.ts';
import { requireOfficeProfile } from '../core/index.ts';
import {
  buildTipApprovalForm, buildTipClosingReport, buildTipRegisterForm, docFileName, docOffice, renderDocx,
} from '../documents/index.ts';
import { mayRevealReporter } from './rights.ts';
import { tipDetail } from './view.ts';

function officeDay(call: Call, iso: string): string {
  return dateInZone(new Date(iso), call.timeZone);
}

function subjects(tip: TipDetail): FormSubject[] {
  return tip.people.map((p) => ({ name: p.name, unit: p.unitName, post: p.post }));
}

/** The last step of this name (the 拟办 in force, the decision on it). */
function lastStep(tip: TipDetail, names: readonly string[]): TipStep | undefined {
  return [...tip.steps].reverse().find((s) => names.includes(s.step));
}

interface Made {
  spec: DocumentSpec;
  withReporter: boolean;
}

/** The forms carry the office as their author (the .docx's properties), like its 公文. */
function office(call: Call) {
  return docOffice(requireOfficeProfile(call.ctx.db));
}

function registerForm(call: Call, tip: TipDetail): Made {
  const shown = tip.mode === '实名' && mayRevealReporter(call) ? getReporter(call.ctx.db, tip.id) : null;
  const reporter = tip.mode === '实名' ? (shown ?? tip.reporter) : null;
  const spec = buildTipRegisterForm(
    {
      code: tip.number, receivedDate: tip.receivedDate, channel: tip.channel, mode: tip.mode,
      reporter, reporterMasked: reporter !== null && shown === null,
      subjects: subjects(tip), subjectUnit: tip.units.map((u) => u.name).join('、'), category: tip.categories.join('、'),
      summary: tip.summary, content: tip.contentHidden ? null : tip.content,
      attachmentCount: tip.attachments.length + tip.hiddenAttachments,
      registeredBy: tip.createdBy, registeredAt: officeDay(call, tip.createdAt),
    },
    office(call),
  );
  return { spec, withReporter: shown !== null };
}

function approvalForm(call: Call, tip: TipDetail): Made {
  const proposed = lastStep(tip, ['拟办']);
  if (!proposed || tip.disposal === null) throw new AppError('CONFLICT', `${tip.number} 尚未拟办，没有可打印的处置审批表。`);
  // The history names an approval 审批 and a return 审批退回 (tips/flow.ts).
  const decided = tip.steps.filter((s) => s.id > proposed.id).reverse().find((s) => s.step === '审批' || s.step === '审批退回');
  const spec = buildTipApprovalForm(
    {
      code: tip.number, receivedDate: tip.receivedDate, subjects: subjects(tip), summary: tip.summary,
      proposal: {
        disposition: tip.disposal, department: tip.handlingDept, handler: tip.handlerName, dueDate: tip.handlingDueOriginal ?? tip.dueDate ?? '',
        opinion: tip.proposalNote, by: proposed.actorName, date: officeDay(call, proposed.at),
      },
      approval: decided
        ? { decision: decided.step === '审批' ? '批准' : '退回', opinion: decided.note, by: decided.actorName, date: officeDay(call, decided.at) }
        : null,
      extensions: tip.extensions.map((e) => ({
        requestedDate: officeDay(call, e.requestedAt), reason: e.reason, oldDueDate: e.oldDue, newDueDate: e.newDue, decision: e.state,
      })),
    },
    office(call),
  );
  return { spec, withReporter: false };
}

function closingReport(call: Call, tip: TipDetail): Made {
  if (tip.concludedDate === null || tip.result === null) throw new AppError('CONFLICT', `${tip.number} 尚未办结，没有可打印的办结报告。`);
  const spec = buildTipClosingReport(
    {
      code: tip.number, summary: tip.summary, subjects: subjects(tip), disposition: tip.disposal ?? '', handler: tip.handlerName,
      result: tip.result, closedDate: tip.concludedDate, findings: tip.conclusion,
      penalties: tip.outcomes.map((o) => ({
        person: o.personName, unit: o.unitName, kind: o.outcome, grade: o.grade, circumstance: o.circumstance, decidedDate: o.decidedDate,
      })),
    },
    office(call),
  );
  return { spec, withReporter: false };
}

const MAKERS: Record<TipForm, (call: Call, tip: TipDetail) => Made> = {
  信访举报登记表: registerForm,
  问题线索处置审批表: approvalForm,
  办结报告: closingReport,
};

interface Printed extends Made {
  title: string;
  author: string;
}

export const tipFormHandlers: HandlerGroup<'tips.printForm'> = {
  'tips.printForm': steps<'tips.printForm', undefined, Printed>({
    run: (call, input) => {
      const tip = tipDetail(call, input.id);
      const made = MAKERS[input.form](call, tip);
      audit(call, 'tip-form', tip.id, tip.number, { number: tip.number, form: input.form, withReporterShown: made.withReporter });
      return { ...made, title: `${tip.number} ${input.form}`, author: made.spec.office.organs[0] ?? '' };
    },
    finish: async (_call, made): Promise<FileResult> => {
      const bytes = await renderDocx(made.spec, { author: made.author, title: made.title });
      return { fileName: docFileName(null, made.title), dataBase64: Buffer.from(bytes).toString('base64') };
    },
  }),
};
