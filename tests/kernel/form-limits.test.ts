// A form's limits come from the contract's schemas: the maximum length a nameField / textField
// declares is what the field shows and caps, through optional, default, nullable and unions.
import { describe, expect, it } from 'vitest';
import { z } from '../../shared/kernel/zod.ts';
import { nameField, textField } from '../../shared/kernel/common.ts';
import { unitCreateInput } from '../../shared/registry/units.ts';
import { personCreateInput } from '../../shared/registry/people.ts';
import { limitsOf, maxCharsOf } from '../../renderer/kit/forms/limits.ts';

describe('limits from the schemas', () => {
  it('reads the length of a name and a text field, however wrapped', () => {
    expect(maxCharsOf(nameField('姓名', 30))).toBe(30);
    expect(maxCharsOf(textField('反映内容', 20000).optional())).toBe(20000);
    expect(maxCharsOf(z.union([nameField('主要负责人', 30), z.literal('')]).default(''))).toBe(30);
    expect(maxCharsOf(textField('职务', 40, true).nullable())).toBe(40);
    expect(maxCharsOf(z.int())).toBeUndefined();
  });

  it('gives every text field of the registry forms its limit, and none to the others', () => {
    expect(limitsOf(unitCreateInput)).toEqual({ name: 60, leaderName: 30 });
    expect(limitsOf(personCreateInput)).toEqual({ name: 30, post: 40 });
  });
});

describe('the registration form', () => {
  it('takes the limits of 问题摘要 and 反映内容 from the schema the service checks', async () => {
    const { tipRegisterInput } = await import('../../shared/tips/register.ts');
    expect(limitsOf(tipRegisterInput)).toMatchObject({ summary: 200, content: 20_000 });
  });
});
