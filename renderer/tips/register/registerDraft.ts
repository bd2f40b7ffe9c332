// What the 登记信访件 form holds while it is being filled, and how it becomes the input of
// tips.register and tips.repeatCandidates.
import type { PersonCategory } from '../../../shared/registry/index.ts';
import { repeatCandidatesInput, type RepeatCandidate, type RepeatCandidatesInput } from '../../../shared/tips/register.ts';
import { limitsOf } from '../../kit/forms/limits.ts';
import type { ReportMode, TipCategory, TipChannel } from '../../../shared/tips/enums.ts';
import type { PickedUnit } from '../../registry/index.ts';

export interface PersonDraft {
  /** Stable key of the row on the screen. */
  key: number;
  personId: number | null;
  name: string;
  unitId: number | null;
  unitName: string;
  post: string;
  category: PersonCategory;
}

export interface ReporterDraft {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
}

export interface RegisterDraft {
  receivedDate: string;
  channel: TipChannel | '';
  mode: ReportMode | '';
  reporter: ReporterDraft;
  people: PersonDraft[];
  units: PickedUnit[];
  categories: TipCategory[];
  summary: string;
  content: string;
  /** The earlier tip this one is linked to as 重复件. */
  repeatOf: RepeatCandidate | null;
  dismissed: number[];
}

let nextKey = 1;

export function emptyPerson(): PersonDraft {
  return { key: nextKey++, personId: null, name: '', unitId: null, unitName: '', post: '', category: '一般干部' };
}

/** An empty form, dated the office's today (as the service gives it). */
export function emptyDraft(today: string): RegisterDraft {
  return {
    receivedDate: today,
    channel: '',
    mode: '',
    reporter: { name: '', phone: '', idNumber: '', address: '' },
    people: [emptyPerson()],
    units: [],
    categories: [],
    summary: '',
    content: '',
    repeatOf: null,
    dismissed: [],
  };
}

/** A row the clerk has not touched is left out (a tip may be about units only). */
function isBlank(p: PersonDraft): boolean {
  return p.personId === null && !p.name.trim() && !p.unitName.trim() && !p.post.trim();
}

export function filledPeople(draft: RegisterDraft): PersonDraft[] {
  return draft.people.filter((p) => !isBlank(p));
}

/** The draft as tips.register takes it (checked with the same schema before sending). */
export function registerInput(draft: RegisterDraft) {
  const named = draft.mode === '实名';
  return {
    receivedDate: draft.receivedDate,
    channel: draft.channel || undefined,
    mode: draft.mode || undefined,
    reporter: named ? draft.reporter : { name: '', phone: '', idNumber: '', address: '' },
    people: filledPeople(draft).map((p) => ({
      personId: p.personId,
      name: p.name,
      unitId: p.unitId,
      unitName: p.unitName,
      post: p.post,
      category: p.category,
    })),
    unitIds: draft.units.map((u) => u.id),
    categories: draft.categories,
    summary: draft.summary,
    content: draft.content,
    repeatOf: draft.repeatOf ? (draft.repeatOf.repeatOf ?? draft.repeatOf.id) : null,
    dismissedRepeats: draft.dismissed,
  };
}

/** What the repeat check compares, or null while there is nothing to compare yet. */
const REPEAT_LIMITS = limitsOf(repeatCandidatesInput);

function firstChars(text: string, max: number | undefined): string {
  return max === undefined ? text : Array.from(text).slice(0, max).join('');
}

export function repeatQuery(draft: RegisterDraft): RepeatCandidatesInput | null {
  const people = filledPeople(draft)
    .filter((p) => p.name.trim())
    .map((p) => ({ personId: p.personId, name: p.name.trim() }));
  // Compared only: a text over its limit (the form names it) is compared by its first part.
  const summary = firstChars(draft.summary.trim(), REPEAT_LIMITS.summary);
  const content = firstChars(draft.content.trim(), REPEAT_LIMITS.content);
  if (people.length === 0 && draft.units.length === 0 && summary.length < 4 && content.length < 10) return null;
  return { people, unitIds: draft.units.map((u) => u.id), summary, content, excludeId: null };
}

/** The field messages of the rows sent (people.0.name …), keyed by each row's on-screen key. */
export function personProblems(draft: RegisterDraft, fields: Record<string, string>): Map<number, Record<string, string>> {
  const byRow = new Map<number, Record<string, string>>();
  filledPeople(draft).forEach((p, i) => {
    const prefix = `people.${i}.`;
    const own: Record<string, string> = {};
    for (const [key, message] of Object.entries(fields)) if (key.startsWith(prefix)) own[key.slice(prefix.length)] = message;
    if (Object.keys(own).length > 0) byRow.set(p.key, own);
  });
  return byRow;
}
