// The scheme editor's draft (renderer/integrity/schemes/schemeDraft.ts): every number held as the
// text typed and turned back exactly; an empty or malformed figure left for the schema to name.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEME, schemeContentSchema } from '../../../shared/integrity/index.ts';
import { contentOfDraft, schemeDraftOf } from '../../../renderer/integrity/schemes/schemeDraft.ts';

describe('the scheme draft', () => {
  it('round-trips the default: numbers as texts, names and keys untouched', () => {
    const draft = schemeDraftOf(DEFAULT_SCHEME);
    expect(draft.control.items[0]?.points).toBe('10');
    expect(draft.integrity.subject.班子成员).toBe('1.5');
    expect(draft.control.shares.落实).toBe('100');
    expect(draft.integrity.deductions[0]?.veto).toBe(false);
    expect(contentOfDraft(draft)).toEqual(DEFAULT_SCHEME);
  });

  it('a typed figure is read exactly; empty or malformed ones fail the schema with its message', () => {
    const draft = schemeDraftOf(DEFAULT_SCHEME);
    draft.control.items[1]!.points = ' 12.5 ';
    draft.thresholds.green = '';
    draft.integrity.circumstance.从重 = 'abc';
    const content = contentOfDraft(draft) as typeof DEFAULT_SCHEME;
    expect(content.control.items[1]?.points).toBe(12.5);
    const parsed = schemeContentSchema.safeParse(content);
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    expect(messages).toEqual(['integrity.circumstance.从重 从重系数应为数字', 'thresholds.green 绿色分数线应为数字']);
  });

  it('a name made of digits stays a text', () => {
    const draft = schemeDraftOf(DEFAULT_SCHEME);
    draft.control.items[0]!.name = '2026';
    draft.performance.costName = '100';
    const content = contentOfDraft(draft) as typeof DEFAULT_SCHEME;
    expect(content.control.items[0]?.name).toBe('2026');
    expect(content.performance.costName).toBe('100');
  });
});
