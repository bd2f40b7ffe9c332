// One way to say what is wrong with a form's content, for the forms and for the services alike.
import { describe, expect, it } from 'vitest';
import { z } from '../../shared/kernel/zod.ts';
import { problemsOf } from '../../shared/kernel/problems.ts';
import { validate } from '../../renderer/kit/forms/validate.ts';
import { validationError } from '../../electron/services/kernel/validation.ts';

const schema = z.strictObject({
  name: z.string().min(1, '请填写姓名'),
  people: z.array(z.strictObject({ phone: z.string().regex(/^\d{11}$/, '手机号应为11位数字') })),
});

describe('problems of a form', () => {
  it('names every problem once, each field by its path, unknown keys in Chinese', () => {
    const parsed = schema.safeParse({ name: '', people: [{ phone: '123' }], extra: 1 });
    if (parsed.success) throw new Error('should fail');
    expect(problemsOf(parsed.error)).toEqual({
      message: '请检查填写的内容：请填写姓名；手机号应为11位数字；包含无法识别的内容（extra）。',
      fields: { name: '请填写姓名', 'people.0.phone': '手机号应为11位数字' },
    });
  });

  it('is what the form shows before sending and what the service answers', () => {
    const draft = { name: '', people: [{ phone: 'x' }] };
    const form = validate(schema, draft);
    const parsed = schema.safeParse(draft);
    if (form.ok || parsed.success) throw new Error('should fail');
    const refusal = validationError(parsed.error);
    expect({ message: refusal.message, fields: refusal.fields }).toEqual(form.problem);
  });

  it('shows five problems and counts the rest', () => {
    const many = z.strictObject(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`f${i}`, z.string({ error: `第${i + 1}项未填` })])));
    const parsed = many.safeParse({});
    if (parsed.success) throw new Error('should fail');
    expect(problemsOf(parsed.error).message).toBe('请检查填写的内容：第1项未填；第2项未填；第3项未填；第4项未填；第5项未填等 7 处问题。');
  });

  it('echoes a few unknown names only, each cut short, however many a request sends', () => {
    const keys = Object.fromEntries(Array.from({ length: 700_000 }, (_, i) => [`${'k'.repeat(40)}${i}`, 1]));
    const parsed = schema.safeParse({ name: '甲', people: [], ...keys });
    if (parsed.success) throw new Error('should fail');
    const { message, fields } = problemsOf(parsed.error);
    expect(message).toBe(`请检查填写的内容：包含无法识别的内容（${'k'.repeat(30)}…、${'k'.repeat(30)}…、${'k'.repeat(30)}… 等 700000 项）。`);
    expect(fields).toEqual({});
  });

  it('names at most 50 problems of a long list, and counts them all', () => {
    const list = z.array(z.strictObject({ phone: z.string().regex(/^\d{11}$/, '手机号应为11位数字') }));
    const parsed = z.strictObject({ people: list }).safeParse({ people: Array.from({ length: 10_000 }, () => ({ phone: 'x' })) });
    if (parsed.success) throw new Error('should fail');
    const { message, fields } = problemsOf(parsed.error);
    expect(message).toBe('请检查填写的内容：手机号应为11位数字等 10000 处问题。');
    expect(Object.keys(fields)).toHaveLength(50);
  });
});
