// Set-up shared by the 谈话函询登记, 日程 and 统计 e2e: the demo's staff made ready (through the host's
// API as the interface calls it), a person to talk to, and talks or letters registered through
// interviews.create when a test is about another page.
import { hostApi, INSPECTOR, INSPECTOR2, LEADER, readyStaff, type Staff } from '../../rectification/e2e/steps.ts';

export { fillDate, INSPECTOR, INSPECTOR2, LEADER, signInAs } from '../../rectification/e2e/steps.ts';

export type Call = ReturnType<typeof hostApi>;

export interface Office {
  call: Call;
  session: string;
  /** The users' ids by username (users.options). */
  userId(staff: Staff): number;
}

/** The 监督检查室 members and the 领导 ready to sign in; a session of the first member. */
export async function readyOffice(url: string): Promise<Office> {
  const call = hostApi(url);
  const sessions = await readyStaff(call, [INSPECTOR, INSPECTOR2, LEADER]);
  const session = sessions.get(INSPECTOR.username) as string;
  const users = await call<Array<{ id: number; displayName: string }>>('users.options', {}, session);
  return {
    call,
    session,
    userId: (staff) => {
      const found = users.find((u) => u.displayName === staff.displayName);
      if (!found) throw new Error(`no user ${staff.displayName}`);
      return found.id;
    },
  };
}

export interface SomePerson {
  id: number;
  name: string;
  unitName: string;
  post: string;
}

/** A 主要负责人 in office of the demo registry whose name is not shared with another person in office. */
export async function somePerson(office: Office, skip = 0): Promise<SomePerson> {
  const page = await office.call<{ rows: SomePerson[] }>(
    'people.list',
    { category: '主要负责人', status: '在职', page: 0, pageSize: 50, sortField: 'name', sortDir: 'asc' },
    office.session,
  );
  const names = new Map<string, number>();
  for (const p of page.rows) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const unique = page.rows.filter((p) => names.get(p.name) === 1);
  const person = unique[skip];
  if (!person) throw new Error('no 主要负责人 in the demo registry');
  return person;
}

export interface Registered {
  id: number;
  number: string;
}

/** A talk (本委, the two 监督检查室 members) or a letter registered through interviews.create. */
export async function registerThrough(
  office: Office,
  what: { kind: '谈话' | '函询'; person: SomePerson; talkType?: string; date: string; time?: string; place?: string; cause: string },
): Promise<Registered> {
  const talk = what.kind === '谈话';
  return office.call<Registered>(
    'interviews.create',
    {
      kind: what.kind,
      talkType: talk ? (what.talkType ?? '廉政谈话') : null,
      personId: what.person.id,
      cause: { kind: '其他', text: what.cause },
      plannedDate: what.date,
      plannedTime: talk ? (what.time ?? '09:30') : null,
      place: talk ? (what.place ?? '') : '',
      holder: '本委',
      interviewerIds: talk ? [office.userId(INSPECTOR), office.userId(INSPECTOR2)] : [],
    },
    office.session,
  );
}
