// Every operation of the contract that changes data (a write) or is an audited read leaves at
// least one audit entry of its own when it succeeds. The list is the contract's, not a hand-picked
// one: each such operation needs a scenario below that makes it succeed, and an operation added
// to the contract without one fails here. (The dispatcher refuses a write without an entry —
// this proves, operation by operation, that each write does succeed with its entry, and covers
// the audited reads, which the dispatcher does not force to write one.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, contract, OP_NAMES, type OpName } from '../../shared/api.ts';
import { makeEnv, ok, PASSWORD, send, setupAdmin, type TestEnv } from '../helpers/services.ts';
import { makeStoreEnv } from '../helpers/store.ts';
import { namedTip, office, register, registryPeople, type Office } from '../helpers/tips.ts';
import { plainFile } from '../registry/services/unitImportFiles.ts';
import { TEST_TODAY, testDay } from '../helpers/testDate.ts';
import ExcelJS from 'exceljs';
import { insertInterview, updateInterview } from '../../db/repos/interviews/records.ts';
import { TEST_OFFICE, draftNotice, noticeFields, saveOffice } from '../helpers/documents.ts';
import { sendLetter } from '../interviews/services/recordsKit.ts';
import { concludeInStore } from '../interviews/services/planSteps.ts';
import { interviewAt, type NoticeStaff } from '../interviews/services/noticeRecords.ts';

/** What changes data or is audited: every write, and every read declared audited. */
const AUDITED_OPS = OP_NAMES.filter((op) => !api[op].readOnly || api[op].audited);

import type { Prepared, Scenario } from './auditScenario.ts';
import { integrityScenarios } from '../integrity/auditScenarios/index.ts';
import { consequencesScenarios } from '../consequences/auditScenarios/index.ts';

let serial = 0;
/** A name no other scenario uses. */
const unique = (prefix: string) => `${prefix}${++serial}`;

async function tipIn(env: TestEnv, o: Office, stage: '待拟办' | '待审批' | '承办中' | '待反馈' | '待归档') {
  const [p] = registryPeople(env, 1);
  const r = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0) }));
  let tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
  if (stage === '待拟办') return tip;
  tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '初步核实', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: testDay(30) }, o.clerk);
  if (stage === '待审批') return tip;
  tip = await ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
  if (stage === '承办中') return tip;
  tip = await ok(env, 'tips.conclude', { id: tip.id, version: tip.version, result: '查否', concludedDate: testDay(0), conclusion: '反映问题不属实。' }, o.handler);
  if (stage === '待反馈') return tip;
  return ok(env, 'tips.feedback', { id: tip.id, version: tip.version, date: testDay(0), way: '电话反馈', content: '已电话反馈。' }, o.clerk);
}

async function newUser(env: TestEnv, o: Office, role: '领导' | '只读' = '只读') {
  return ok(env, 'users.create', { username: unique('user'), displayName: `用户${serial}`, role, password: 'Initial123' }, o.admin);
}

async function newUnit(env: TestEnv, o: Office) {
  return ok(env, 'units.create', { name: unique('测试单位'), type: '机关部门', parentId: null, headcount: 5 }, o.admin);
}

async function newPerson(env: TestEnv, o: Office) {
  const unit = await newUnit(env, o);
  return ok(env, 'people.create', { name: `张${serial}`, unitId: unit.id, post: '科员', rank: '科员及以下', partyMember: true, category: '一般干部' }, o.admin);
}

async function peopleFile(unitName: string) {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('人员名册');
  ws.getRow(1).values = ['姓名*', '所在单位*', '职务*', '职级', '是否中共党员', '身份类别'];
  ws.getRow(2).values = ['王导入', unitName, '科员', '科员及以下', '是', '一般干部'];
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: '人员名册.xlsx', dataBase64: Buffer.from(buffer as unknown as Uint8Array).toString('base64') };
}

function firstVillage(env: TestEnv): number {
  return (env.db.prepare("SELECT id FROM units WHERE type = '行政村' ORDER BY id").get() as { id: number }).id;
}

function rectItem(env: TestEnv, problem: string) {
  return { unitId: firstVillage(env), problem, category: '三资管理', deadline: testDay(30) };
}

function warningFields(env: TestEnv, problem: string) {
  return {
    title: '关于存在问题的预警告知书', unitId: firstVillage(env), recipients: '村党支部', intro: '经查，你单位存在以下问题：',
    problems: [{ text: problem, category: '三资管理' }], requirements: '请认真整改。', deadline: testDay(30), date: testDay(0),
  };
}

/** An item registered and taken to a stage: 待验收 recorded by the leader (so 监督检查室 may check it), 已验收 checked by 监督检查室. */
async function rectItemIn(env: TestEnv, o: Office, stage: '未启动' | '待验收' | '已验收') {
  const [row] = await ok(env, 'rect.create', { source: '巡察反馈', items: [rectItem(env, unique('问题'))] }, o.handler);
  if (!row) throw new Error('no item');
  if (stage === '未启动') return row;
  const applied = await ok(env, 'rect.requestAcceptance', { id: row.id, version: row.version, date: testDay(0), text: '已整改' }, o.leader);
  if (stage === '待验收') return applied;
  return ok(env, 'rect.verify', { id: row.id, version: applied.version, date: testDay(0), passed: true, opinion: '到位' }, o.handler);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

/** A 函询 concluded as 了结 on `day`, put in by SQL as its steps would leave it (for the spot checks). */
function concludedLetter(env: TestEnv, day: string): number {
  const [p] = registryPeople(env, 1);
  const now = env.clock.now().toISOString();
  const id = insertInterview(env.db, {
    number: unique('HX-2026-SC'), kind: '函询', talkType: null, holder: '本委', holderNames: '', status: '待发函', planId: null, planItemId: null,
    causeKind: '其他', tipId: null, tipPersonId: null, rectItemId: null, warningDocumentId: null, causeText: '群众反映', personId: p!.id,
    personName: p!.name, unitId: p!.unitId, unitName: '', post: '', category: '一般干部', plannedDate: null, plannedTime: null, place: '',
    recorderUserId: null, interviewerIds: [], ledgerDate: day, createdOn: day, createdBy: null, now,
  });
  updateInterview(env.db, id, 0, { status: '已办结', outcome: '了结', assessment: '如实说明', concluded_date: day }, now);
  return id;
}

/** A talk or letter in the given state, registered by the 信访室 clerk (interviews: records and steps). */
async function interviewIn(env: TestEnv, o: Office, state: '待谈话' | '待办结' | '已办结' | '待发函' | '待答复' | '待评估' | '委托待办结') {
  const [p] = registryPeople(env, 1);
  const leaderId = (env.db.prepare("SELECT id FROM users WHERE username = 'leader'").get() as { id: number }).id;
  const letter = state === '待发函' || state === '待答复' || state === '待评估';
  const entrusted = state === '委托待办结';
  let d = await ok(env, 'interviews.create', letter
    ? { kind: '函询', personId: p!.id, cause: { kind: '其他', text: unique('事由') } }
    : {
        kind: '谈话', talkType: '提醒谈话', personId: p!.id, cause: { kind: '其他', text: unique('事由') }, plannedDate: testDay(0),
        ...(entrusted ? { holder: '委托谈话', holderNames: '受托人' } : { interviewerIds: [o.handlerId, leaderId] }),
      }, o.clerk);
  if (state === '待谈话' || state === '待发函') return d;
  if (letter) {
    sendLetter(env, d.id, testDay(0));
    d = await ok(env, 'interviews.get', { id: d.id }, o.clerk);
    if (state === '待答复') return d;
    return ok(env, 'interviews.reply', { id: d.id, version: d.version, replyDate: testDay(0), countersigned: true, summary: '答复' }, o.clerk);
  }
  d = await ok(env, 'interviews.record', { id: d.id, version: d.version, heldDate: testDay(0), place: '谈话室', keyPoints: '要点', statement: '陈述' }, o.clerk);
  if (state !== '已办结') return d;
  d = await ok(env, 'interviews.addFile', { id: d.id, kind: '签字谈话记录', file: { fileName: '记录.pdf', dataBase64: PDF } }, o.clerk);
  return ok(env, 'interviews.conclude', { id: d.id, version: d.version, outcome: '了结', signedDate: testDay(0), concludedDate: testDay(0) }, o.clerk);
}

/** interviews: notices — a letter or talk stored as registered, naming the office's users and a person of the registry. */
function noticeStaff(env: TestEnv, o: Office): NoticeStaff {
  const users = env.db.prepare('SELECT id FROM users ORDER BY id LIMIT 2').all() as Array<{ id: number }>;
  const person = env.db.prepare("SELECT id FROM people WHERE category = '一般干部' ORDER BY id").get() as { id: number };
  return { handlerId: o.handlerId, checkerId: users[0]!.id === o.handlerId ? users[1]!.id : users[0]!.id, staffId: person.id };
}

const SCENARIOS: Partial<Record<OpName, Scenario>> = {
  ...integrityScenarios,
  ...consequencesScenarios,
  // core
  'auth.setupAdmin': { empty: true, prepare: async () => ({ session: null, input: { username: 'admin', displayName: '管理员', password: PASSWORD } }) },
  'auth.login': { prepare: async () => ({ session: null, input: { username: 'reader', password: PASSWORD } }) },
  'auth.logout': {
    prepare: async (env) => ({ session: (await ok(env, 'auth.login', { username: 'reader', password: PASSWORD }, null)).token, input: {} }),
  },
  'auth.changePassword': {
    prepare: async (env, o) => {
      const user = await newUser(env, o);
      const { token } = await ok(env, 'auth.login', { username: user.username, password: 'Initial123' }, null);
      return { session: token, input: { oldPassword: 'Initial123', newPassword: 'Changed456' } };
    },
  },
  'users.create': { prepare: async (_env, o) => ({ session: o.admin, input: { username: unique('new'), displayName: '新用户', role: '只读', password: 'Initial123' } }) },
  'users.update': {
    prepare: async (env, o) => {
      const user = await newUser(env, o);
      return { session: o.admin, input: { id: user.id, version: user.version, displayName: '改名后', role: '领导' } };
    },
  },
  'users.resetPassword': { prepare: async (env, o) => ({ session: o.admin, input: { id: (await newUser(env, o)).id, password: 'Reset12345' } }) },
  'users.setDisabled': { prepare: async (env, o) => ({ session: o.admin, input: { id: (await newUser(env, o)).id, disabled: true } }) },
  'users.unlock': { prepare: async (env, o) => ({ session: o.admin, input: { id: (await newUser(env, o)).id } }) },
  'prefs.setView': { prepare: async (_env, o) => ({ session: o.clerk, input: { view: 'tips.ledger', columns: [{ field: 'number', visible: true }, { field: 'summary', visible: false }] } }) },
  'calendar.set': { prepare: async (_env, o) => ({ session: o.admin, input: { date: testDay(3), kind: '休', name: '测试假日' } }) },
  'recovery.reveal': { keyed: true, prepare: async (env) => ({ session: await setupAdmin(env), input: {} }) },
  'recovery.confirmKept': { keyed: true, prepare: async (env) => ({ session: await setupAdmin(env), input: {} }) },
  'office.update': { prepare: async (_env, o) => ({ session: o.admin, input: { ...TEST_OFFICE, phone: unique('0571-') } }) },

  // registry
  'units.create': { prepare: async (_env, o) => ({ session: o.admin, input: { name: unique('新单位'), type: '其他', parentId: null, headcount: 3 } }) },
  'units.update': {
    prepare: async (env, o) => {
      const unit = await newUnit(env, o);
      return { session: o.admin, input: { id: unit.id, version: unit.version, name: unique('改名单位'), type: unit.type, parentId: null, headcount: 9 } };
    },
  },
  'units.setStatus': {
    prepare: async (env, o) => {
      const unit = await newUnit(env, o);
      return { session: o.admin, input: { id: unit.id, version: unit.version, status: '已撤销' } };
    },
  },
  'units.setLiaison': {
    prepare: async (env, o) => ({ session: o.admin, input: { unitIds: [(await newUnit(env, o)).id, (await newUnit(env, o)).id], liaisonUserId: o.handlerId } }),
  },
  'units.export': { prepare: async (_env, o) => ({ session: o.readonly, input: {} }) },
  'units.importCommit': { prepare: async (_env, o) => ({ session: o.admin, input: await plainFile([[unique('导入单位'), '机关部门', '', '4', '']]) }) },
  'people.create': {
    prepare: async (env, o) => ({ session: o.admin, input: { name: '李新', unitId: (await newUnit(env, o)).id, post: '科员', rank: '科员及以下', partyMember: false, category: '一般干部' } }),
  },
  'people.update': {
    prepare: async (env, o) => {
      const person = await newPerson(env, o);
      return { session: o.admin, input: { id: person.id, version: person.version, name: person.name, unitId: person.unitId, post: '副科长', rank: '副科级', partyMember: true, category: '班子成员' } };
    },
  },
  'people.setStatus': {
    prepare: async (env, o) => {
      const person = await newPerson(env, o);
      return { session: o.admin, input: { id: person.id, version: person.version, status: '已离任' } };
    },
  },
  'people.export': { prepare: async (_env, o) => ({ session: o.readonly, input: {} }) },
  'people.importCommit': { prepare: async (env, o) => ({ session: o.admin, input: await peopleFile((await newUnit(env, o)).name) }) },

  // tips
  'tips.register': { prepare: async (env, o) => ({ session: o.clerk, input: namedTip(registryPeople(env, 1), { receivedDate: testDay(0) }) }) },
  'tips.linkRepeat': {
    prepare: async (env, o) => {
      const original = await tipIn(env, o, '待拟办');
      const repeat = await tipIn(env, o, '待拟办');
      return { session: o.clerk, input: { id: repeat.id, version: repeat.version, repeatOf: original.id } };
    },
  },
  'tips.unlinkRepeat': {
    prepare: async (env, o) => {
      const original = await tipIn(env, o, '待拟办');
      const r = await register(env, o.clerk, namedTip(registryPeople(env, 1), { receivedDate: testDay(0), repeatOf: original.id }));
      const repeat = await ok(env, 'tips.get', { id: r.id }, o.clerk);
      return { session: o.clerk, input: { id: repeat.id, version: repeat.version } };
    },
  },
  'tips.propose': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '待拟办');
      return { session: o.clerk, input: { id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: testDay(20) } };
    },
  },
  'tips.approve': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '待审批');
      return { session: o.leader, input: { id: tip.id, version: tip.version, approved: true } };
    },
  },
  'tips.conclude': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '承办中');
      return { session: o.handler, input: { id: tip.id, version: tip.version, result: '查实', concludedDate: testDay(0), conclusion: '属实。', outcomes: [{ tipPersonId: tip.people[0]!.id, outcome: '批评教育', conductDate: testDay(-30) }] } };
    },
  },
  'tips.requestExtension': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '承办中');
      return { session: o.handler, input: { id: tip.id, version: tip.version, newDue: testDay(60), reason: '需调取材料' } };
    },
  },
  'tips.decideExtension': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '承办中');
      const asked = await ok(env, 'tips.requestExtension', { id: tip.id, version: tip.version, newDue: testDay(60), reason: '需调取材料' }, o.handler);
      return { session: o.leader, input: { extensionId: asked.extensions[0]!.id, approved: true } };
    },
  },
  'tips.feedback': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '待反馈');
      return { session: o.clerk, input: { id: tip.id, version: tip.version, date: testDay(0), way: '书面反馈', content: '已书面反馈。' } };
    },
  },
  'tips.archive': {
    prepare: async (env, o) => {
      const tip = await tipIn(env, o, '待归档');
      return { session: o.clerk, input: { id: tip.id, version: tip.version } };
    },
  },
  'tips.revealReporter': { prepare: async (env, o) => ({ session: o.clerk, input: { id: (await tipIn(env, o, '待拟办')).id } }) },
  'tips.lookupCode': {
    prepare: async (env, o) => {
      const tip = namedTip(registryPeople(env, 1), { receivedDate: testDay(0) });
      const r = await register(env, o.clerk, { ...tip, mode: '匿名', reporter: { name: '', phone: '', idNumber: '', address: '' } });
      return { session: o.readonly, input: { code: r.queryCode } };
    },
  },
  'tips.reopen': {
    prepare: async (env, o) => {
      const ready = await tipIn(env, o, '待归档');
      const archived = await ok(env, 'tips.archive', { id: ready.id, version: ready.version }, o.clerk);
      return { session: o.leader, input: { id: archived.id, version: archived.version, reason: '补充扫描件。' } };
    },
  },
  'tips.downloadAttachment': {
    prepare: async (env, o) => {
      const a = await ok(env, 'tips.addAttachment', { tipId: (await tipIn(env, o, '待拟办')).id, file: { fileName: '举报信.pdf', dataBase64: PDF } }, o.clerk);
      return { session: o.clerk, input: { id: a.id } };
    },
  },
  'tips.openAttachment': {
    prepare: async (env, o) => {
      const a = await ok(env, 'tips.addAttachment', { tipId: (await tipIn(env, o, '待拟办')).id, file: { fileName: '举报信.pdf', dataBase64: PDF } }, o.clerk);
      return { session: o.clerk, input: { id: a.id } };
    },
  },
  'tips.addAttachment': { prepare: async (env, o) => ({ session: o.clerk, input: { tipId: (await tipIn(env, o, '待拟办')).id, file: { fileName: '举报信.pdf', dataBase64: PDF } } }) },
  'tips.statsExport': { prepare: async (_env, o) => ({ session: o.readonly, input: { year: Number(TEST_TODAY.slice(0, 4)) } }) },
  'tips.export': { prepare: async (env, o) => (await tipIn(env, o, '待拟办'), { session: o.clerk, input: {} }) },
  'tips.exportStart': { prepare: async (env, o) => (await tipIn(env, o, '待拟办'), { session: o.clerk, input: {} }) },

  // settings
  'settings.update': {
    prepare: async (env, o) => ({ session: o.admin, input: { ...(await ok(env, 'settings.get', {}, o.admin)), dueSoonDays: 7 } }),
  },

  // backup
  // documents
  'docs.createDraft': { prepare: async (_env, o) => ({ session: o.clerk, input: { kind: 'notice', fields: noticeFields({ title: unique('通知') }) } }) },
  'docs.updateDraft': {
    prepare: async (env, o) => {
      const d = await draftNotice(env, o.clerk);
      return { session: o.clerk, input: { id: d.id, version: d.version, fields: noticeFields({ title: unique('改后的通知') }) } };
    },
  },
  'docs.discardDraft': {
    prepare: async (env, o) => {
      const d = await draftNotice(env, o.clerk);
      return { session: o.clerk, input: { id: d.id, version: d.version } };
    },
  },
  'docs.issue': {
    prepare: async (env, o) => {
      await saveOffice(env, o.admin);
      const d = await draftNotice(env, o.clerk);
      return { session: o.clerk, input: { id: d.id, version: d.version } };
    },
  },
  'tips.printForm': {
    prepare: async (env, o) => {
      await saveOffice(env, o.admin);
      const tip = await tipIn(env, o, '待拟办');
      return { session: o.clerk, input: { id: tip.id, form: '信访举报登记表' } };
    },
  },

  // rectification
  'rect.export': { prepare: async (env, o) => (await rectItemIn(env, o, '未启动'), { session: o.clerk, input: {} }) },
  'rect.create': { prepare: async (env, o) => ({ session: o.handler, input: { source: '巡察反馈', items: [rectItem(env, unique('问题'))] } }) },
  'rect.update': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '未启动');
      return { session: o.handler, input: { id: item.id, version: item.version, ...rectItem(env, unique('改后的问题')) } };
    },
  },
  'rect.progress': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '未启动');
      return { session: o.handler, input: { id: item.id, version: item.version, date: testDay(0), text: '已开始整改', percent: 20 } };
    },
  },
  'rect.addEvidence': {
    prepare: async (env, o) => ({ session: o.handler, input: { id: (await rectItemIn(env, o, '未启动')).id, file: { fileName: '佐证.pdf', dataBase64: PDF } } }),
  },
  'rect.downloadFile': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '未启动');
      const d = await ok(env, 'rect.addEvidence', { id: item.id, file: { fileName: '佐证.pdf', dataBase64: PDF } }, o.handler);
      return { session: o.readonly, input: { id: d.files[0]!.id } };
    },
  },
  'rect.requestAcceptance': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '未启动');
      return { session: o.leader, input: { id: item.id, version: item.version, date: testDay(0), text: '已整改完毕' } };
    },
  },
  'rect.verify': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '待验收');
      return { session: o.handler, input: { id: item.id, version: item.version, date: testDay(0), passed: false, opinion: '材料不全' } };
    },
  },
  'rect.close': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '已验收');
      return { session: o.leader, input: { id: item.id, version: item.version, date: testDay(0) } };
    },
  },
  'rect.requestExtension': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '未启动');
      return { session: o.handler, input: { id: item.id, version: item.version, newDeadline: testDay(90), reason: '需上级审批' } };
    },
  },
  'rect.decideExtension': {
    prepare: async (env, o) => {
      const item = await rectItemIn(env, o, '未启动');
      const d = await ok(env, 'rect.requestExtension', { id: item.id, version: item.version, newDeadline: testDay(90), reason: '需上级审批' }, o.handler);
      return { session: o.leader, input: { id: item.id, version: d.version, approve: true } };
    },
  },
  'rect.issueWarning': {
    prepare: async (env, o) => {
      await saveOffice(env, o.admin);
      const d = await ok(env, 'docs.createDraft', { kind: 'warning', fields: warningFields(env, unique('问题')) }, o.handler);
      return { session: o.handler, input: { id: d.id, version: d.version } };
    },
  },
  'rect.recordNoticeReport': {
    prepare: async (env, o) => {
      await saveOffice(env, o.admin);
      const d = await ok(env, 'docs.createDraft', { kind: 'warning', fields: warningFields(env, unique('问题')) }, o.handler);
      await ok(env, 'rect.issueWarning', { id: d.id, version: d.version }, o.handler);
      return { session: o.handler, input: { documentId: d.id, date: testDay(0), text: '已报送整改情况' } };
    },
  },

  'backup.create': { prepare: async (_env, o) => ({ session: o.admin, input: {} }) },
  'backup.daily': { prepare: async (_env, o) => ({ session: o.admin, input: {} }) },
  'backup.restore': {
    keyed: true,
    replaces: true,
    prepare: async (env) => {
      const admin = (await ok(env, 'auth.setupAdmin', { username: 'admin', displayName: '管理员', password: PASSWORD }, null)).token;
      const made = await ok(env, 'backup.create', {}, admin);
      return { session: admin, input: { folder: made.backup.folder } };
    },
  },
  // interviews: records and steps
  'interviews.create': {
    prepare: async (env, o) => ({ session: o.clerk, input: { kind: '函询', personId: registryPeople(env, 1)[0]!.id, cause: { kind: '其他', text: unique('事由') } } }),
  },
  'interviews.update': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待发函');
      return { session: o.clerk, input: { id: d.id, version: d.version, personId: d.personId, cause: { kind: '其他', text: unique('改后的事由') } } };
    },
  },
  'interviews.record': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待谈话');
      return { session: o.handler, input: { id: d.id, version: d.version, heldDate: testDay(0), place: '谈话室', keyPoints: '要点', statement: '陈述' } };
    },
  },
  'interviews.conclude': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待办结');
      const f = await ok(env, 'interviews.addFile', { id: d.id, kind: '签字谈话记录', file: { fileName: '记录.pdf', dataBase64: PDF } }, o.clerk);
      return { session: o.handler, input: { id: d.id, version: f.version, outcome: '了结', signedDate: testDay(0), concludedDate: testDay(0) } };
    },
  },
  'interviews.reply': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待答复');
      return { session: o.clerk, input: { id: d.id, version: d.version, replyDate: testDay(0), countersigned: true, summary: '答复' } };
    },
  },
  'interviews.assess': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待评估');
      return { session: o.clerk, input: { id: d.id, version: d.version, assessment: '说明不清', note: '未说清', date: testDay(0) } };
    },
  },
  'interviews.meeting': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待评估');
      const a = await ok(env, 'interviews.assess', { id: d.id, version: d.version, assessment: '如实说明', note: '如实', date: testDay(0) }, o.clerk);
      return { session: o.clerk, input: { id: a.id, version: a.version, meetingDate: testDay(0), note: '作了说明' } };
    },
  },
  'interviews.addFollowUp': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待办结');
      return { session: o.handler, input: { id: d.id, version: d.version, content: '书面说明', dueDate: testDay(7) } };
    },
  },
  'interviews.doneFollowUp': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待办结');
      const a = await ok(env, 'interviews.addFollowUp', { id: d.id, version: d.version, content: '书面说明', dueDate: testDay(7) }, o.handler);
      return { session: o.handler, input: { followUpId: a.followUps[0]!.id, doneDate: testDay(0) } };
    },
  },
  'interviews.addFile': {
    prepare: async (env, o) => ({ session: o.clerk, input: { id: (await interviewIn(env, o, '待发函')).id, kind: '其他材料', file: { fileName: '材料.pdf', dataBase64: PDF } } }),
  },
  'interviews.downloadFile': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '已办结');
      return { session: o.leader, input: { id: d.files[0]!.id } };
    },
  },
  'interviews.requestExtension': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '待答复');
      return { session: o.clerk, input: { id: d.id, version: d.version, newDue: testDay(60), reason: '本人外出' } };
    },
  },
  'interviews.decideExtension': {
    prepare: async (env, o) => {
      const d = await interviewIn(env, o, '委托待办结');
      const e = await ok(env, 'interviews.requestExtension', { id: d.id, version: d.version, newDue: testDay(60), reason: '受托人外出' }, o.clerk);
      return { session: o.leader, input: { extensionId: e.extensions[0]!.id, approved: true } };
    },
  },

  // interviews: ledger
  'interviews.export': { prepare: async (_env, o) => ({ session: o.readonly, input: { kind: '函询' } }) },
  'interviews.exportStats': { prepare: async (_env, o) => ({ session: o.readonly, input: { period: 'year', year: 2026 } }) },

  // interviews: plans
  'interviews.savePlan': {
    prepare: async (env, o) => {
      const tip = await leadForPlan(env, o);
      return { session: o.handler, input: { tipId: tip.id, items: [planItemFor(env, o, tip.people[0]?.id ?? 0)] } };
    },
  },
  'interviews.submitPlan': {
    prepare: async (env, o) => {
      const { tip, plan } = await planIn(env, o, '草拟');
      return { session: o.handler, input: { tipId: tip.id, version: plan.plan?.version ?? 0 } };
    },
  },
  'interviews.decidePlan': {
    prepare: async (env, o) => {
      const { tip, plan } = await planIn(env, o, '待审批');
      return { session: o.leader, input: { tipId: tip.id, version: plan.plan?.version ?? 0, approved: true } };
    },
  },
  'interviews.concludeTip': {
    prepare: async (env, o) => {
      const { tip, plan } = await planIn(env, o, '已批准');
      for (const i of plan.interviews) concludeInStore(env, i.id, '了结');
      const fresh = await ok(env, 'tips.get', { id: tip.id }, o.handler);
      return { session: o.handler, input: { tipId: tip.id, version: fresh.version, result: '查否', concludedDate: testDay(0), conclusion: '经函询，反映不实。' } };
    },
  },

  // interviews: notices
  'interviews.draftNotice': {
    prepare: async (env, o) => ({ session: o.handler, input: { id: interviewAt(env, noticeStaff(env, o)), kind: 'inquiry' } }),
  },
  'interviews.issueNotice': {
    prepare: async (env, o) => {
      await saveOffice(env, o.admin);
      const d = await ok(env, 'interviews.draftNotice', { id: interviewAt(env, noticeStaff(env, o)), kind: 'inquiry' }, o.handler);
      return { session: o.clerk, input: { id: d.id, version: d.version } };
    },
  },
  'interviews.printRecord': {
    prepare: async (env, o) => {
      await saveOffice(env, o.admin);
      const id = interviewAt(env, noticeStaff(env, o), { kind: '谈话', status: '待办结' });
      env.db.prepare("UPDATE interviews SET held_date = ?, key_points = '要点', statement = '陈述' WHERE id = ?").run(testDay(0), id);
      return { session: o.handler, input: { id } };
    },
  },

  // interviews: spot checks
  'interviews.drawSpotCheck': {
    prepare: async (env, o) => {
      concludedLetter(env, testDay(-1));
      return { session: o.handler, input: { from: testDay(-1), to: testDay(-1) } };
    },
  },
  'interviews.recordSpotCheck': {
    prepare: async (env, o) => {
      concludedLetter(env, testDay(-2));
      const batch = await ok(env, 'interviews.drawSpotCheck', { from: testDay(-2), to: testDay(-2), sharePercent: 100 }, o.handler);
      return { session: o.handler, input: { itemId: batch.items[0]!.id, result: '不属实', date: testDay(0), note: '答复隐瞒了部分情况' } };
    },
  },
};

/** A lead disposed of as 谈话函询, in 承办中, handled by o.handler. */
async function leadForPlan(env: TestEnv, o: Office) {
  const [p] = registryPeople(env, 1);
  const r = await register(env, o.clerk, namedTip([p!], { receivedDate: testDay(0) }));
  let tip = await ok(env, 'tips.get', { id: r.id }, o.clerk);
  tip = await ok(env, 'tips.propose', { id: tip.id, version: tip.version, disposal: '谈话函询', handlingDept: '监督检查室', handlerUserId: o.handlerId, handlingDue: testDay(30) }, o.clerk);
  return ok(env, 'tips.approve', { id: tip.id, version: tip.version, approved: true }, o.leader);
}

function planItemFor(env: TestEnv, o: Office, tipPersonId: number) {
  const clerkId = (env.db.prepare("SELECT id FROM users WHERE username = 'clerk'").get() as { id: number }).id;
  return { tipPersonId, way: '谈话和函询' as const, interviewerIds: [o.handlerId, clerkId], plannedDate: testDay(3), place: '谈话室' };
}

async function planIn(env: TestEnv, o: Office, stage: '草拟' | '待审批' | '已批准') {
  const tip = await leadForPlan(env, o);
  let plan = await ok(env, 'interviews.savePlan', { tipId: tip.id, items: [planItemFor(env, o, tip.people[0]?.id ?? 0)] }, o.handler);
  if (stage === '草拟') return { tip, plan };
  plan = await ok(env, 'interviews.submitPlan', { tipId: tip.id, version: plan.plan?.version ?? 0 }, o.handler);
  if (stage === '待审批') return { tip, plan };
  plan = await ok(env, 'interviews.decidePlan', { tipId: tip.id, version: plan.plan?.version ?? 0, approved: true }, o.leader);
  return { tip, plan };
}

interface Entry {
  id: number;
  op: string;
  entity: string;
}

const lastAuditId = (env: TestEnv) => (env.db.prepare('SELECT coalesce(max(id), 0) AS n FROM audit').get() as { n: number }).n;
const entriesAfter = (env: TestEnv, id: number) => env.db.prepare('SELECT id, op, entity FROM audit WHERE id > ? ORDER BY id').all(id) as Entry[];

async function expectAudited(env: TestEnv, op: OpName, prepared: Prepared, replaces = false): Promise<void> {
  const before = lastAuditId(env);
  const result = await send(env, op, prepared.input, prepared.session);
  if (!result.ok) throw new Error(`${op} did not succeed: ${result.error.code} ${result.error.message}`);
  const added = replaces ? entriesAfter(env, lastAuditId(env) - 1) : entriesAfter(env, before);
  expect(added.length, `${op} succeeded without an audit entry`).toBeGreaterThanOrEqual(1);
  expect(added.map((e) => e.op), `${op}'s entries`).toEqual(added.map(() => op));
  for (const e of added) expect(contract.entities[e.entity], `${op}: entity ${e.entity} is declared`).toBeDefined();
}

describe('the list of operations that must audit', () => {
  it('comes from the contract, and each has a scenario here (and nothing else has one)', () => {
    expect(AUDITED_OPS.length).toBeGreaterThan(30);
    expect(AUDITED_OPS).toContain('tips.propose');
    expect(AUDITED_OPS.filter((op) => !SCENARIOS[op]), 'operations without a scenario below').toEqual([]);
    expect(Object.keys(SCENARIOS).filter((op) => !AUDITED_OPS.includes(op as OpName)), 'scenarios of operations that are not audited').toEqual([]);
  });
});

describe('every write and audited read leaves an audit entry of its own when it succeeds', () => {
  let env: TestEnv;
  let o: Office;
  beforeAll(async () => {
    env = makeEnv();
    o = await office(env);
  }, 60_000);
  afterAll(() => env.close());

  for (const domain of Object.keys(contract.fieldsOf)) {
    describe(domain, () => {
      for (const op of AUDITED_OPS.filter((name) => contract.domainOf[name] === domain)) {
        it(op, async () => {
          const scenario = SCENARIOS[op];
          if (!scenario) throw new Error(`no scenario for ${op}: add one to SCENARIOS`);
          if (!scenario.empty && !scenario.keyed) {
            await expectAudited(env, op, await scenario.prepare(env, o));
            return;
          }
          const fresh = scenario.keyed ? makeStoreEnv() : makeEnv();
          try {
            await expectAudited(fresh, op, await scenario.prepare(fresh, o), scenario.replaces === true);
          } finally {
            fresh.close();
          }
        });
      }
    });
  }
});
