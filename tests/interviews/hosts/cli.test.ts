// The command line for 谈话函询登记, spawned for real on an encrypted store as the hosts open it:
// `interviews list --json` (every record, newest first; --overdue: the deadlines past, the earliest
// first) and the table. Its today is the test clock (--clock-file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/services.ts';
import { openTestStore } from '../../helpers/store.ts';
import { runCli } from '../../helpers/processes.ts';
import { TEST_NOW, TEST_TODAY } from '../../helpers/testDate.ts';
import { insertInterviewAs } from '../../helpers/interviews.ts';
import { insertUnit } from '../../../db/repos/registry/units.ts';
import { insertPerson } from '../../../db/repos/registry/people.ts';
import { addDays } from '../../../shared/kernel/workdays.ts';
import type { InterviewRow } from '../../../shared/interviews/index.ts';

let dir: string;
let db: string;
let clockFile: string;
const numbers: Record<string, string> = {};

beforeAll(() => {
  dir = tempDir('lianqing-cli-interviews-');
  db = join(dir, 'office.sqlite');
  clockFile = join(dir, 'clock.txt');
  writeFileSync(clockFile, TEST_NOW.toISOString());
  const store = openTestStore(db, true);
  try {
    const now = TEST_NOW.toISOString();
    const unitId = insertUnit(store.db, { name: '城关镇', type: '镇（街道）', parentId: null, headcount: 40, leaderName: '' }, now);
    const person = (name: string) =>
      insertPerson(store.db, { name, idNumber: '', unitId, post: '副镇长', rank: '副科级', partyMember: true, category: '班子成员' }, now);
    const a = person('周建国');
    const b = person('吴晓梅');
    const sent = addDays(TEST_TODAY, -40);
    numbers.overdueOld = insertInterviewAs(store.db, { kind: '函询', personId: a, sentDate: sent, due: { kind: '答复', date: addDays(TEST_TODAY, -10) } }).number;
    numbers.overdueNew = insertInterviewAs(store.db, { kind: '函询', personId: b, sentDate: addDays(sent, 1), due: { kind: '答复', date: addDays(TEST_TODAY, -2) } }).number;
    numbers.planned = insertInterviewAs(store.db, { kind: '谈话', talkType: '提醒谈话', personId: b, plannedDate: addDays(TEST_TODAY, 7) }).number;
    numbers.done = insertInterviewAs(store.db, {
      kind: '函询', personId: a, sentDate: addDays(TEST_TODAY, -90), replyDate: addDays(TEST_TODAY, -80), outcome: '了结', due: { kind: '答复', date: addDays(TEST_TODAY, -70) },
    }).number;
  } finally {
    store.db.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const interviews = (...args: string[]) => runCli(['interviews', ...args, '--db', db, '--clock-file', clockFile]);

function listed(...args: string[]): Array<Omit<InterviewRow, 'version'>> {
  const run = interviews('list', '--json', ...args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Array<Omit<InterviewRow, 'version'>>;
}

describe('lianqing interviews list', () => {
  it('lists every record, newest first, with what today makes of it', () => {
    const rows = listed();
    expect(rows.map((r) => r.number)).toEqual([numbers.planned, numbers.overdueNew, numbers.overdueOld, numbers.done]);
    expect(rows.find((r) => r.number === numbers.overdueOld)).toMatchObject({ personName: '周建国', unitName: '城关镇', status: '待答复', dueState: '逾期' });
    expect(rows.find((r) => r.number === numbers.planned)).toMatchObject({ typeLabel: '提醒谈话', status: '待谈话', dueState: null });
    expect(rows.find((r) => r.number === numbers.done)).toMatchObject({ status: '已办结', dueState: null });
    expect(rows.every((r) => !('version' in r))).toBe(true);
  });

  it('--overdue: the open records past their deadline, the earliest first', () => {
    const rows = listed('--overdue');
    expect(rows.map((r) => r.number)).toEqual([numbers.overdueOld, numbers.overdueNew]);
    expect(rows.every((r) => r.dueState === '逾期' && (r.workdaysLeft ?? 0) < 0)).toBe(true);
  });

  it('prints a table without --json', () => {
    const run = interviews('list', '--overdue');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]?.split('\t').slice(0, 3)).toEqual(['编号', '类别', '谈话（函询）对象']);
    expect(lines[1]).toContain(numbers.overdueOld);
    expect(lines.at(-1)).toBe('共 2 项');
  });

  it('refuses a database file that is not there, saying so', () => {
    const missing = join(dir, '没有这个文件.sqlite');
    const run = runCli(['interviews', 'list', '--json', '--db', missing, '--clock-file', clockFile]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('数据库文件不存在');
  });
});
