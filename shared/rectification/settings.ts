// The rectification domain's settings: the 问题类别 list, when a deadline counts as near, and
// how late an item must be to need 督办.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { hasControlChars, hasInvisibleChars, hasLineBreak, trimLine, charCount } from '../kernel/text.ts';
import { DEFAULT_RECT_CATEGORIES } from './enums.ts';

const RECTIFICATION = '整改';

function whole(label: string, min: number, max: number, unit: string) {
  const msg = `${label}为${min}到${max}${unit}`;
  // Optional on the wire: callers that predate it send the other settings only.
  return z.int({ error: `${label}应为整数` }).min(min, msg).max(max, msg).optional();
}

const category = z
  .string({ error: '问题类别应为文字' })
  .refine((v) => !hasControlChars(v) && !hasInvisibleChars(v) && !hasLineBreak(v), '问题类别含有不可见的字符或换行，请重新输入')
  .transform(trimLine)
  .refine((v) => v !== '', '问题类别不能为空')
  .refine((v) => charCount(v) <= 20, '每个问题类别不能超过20个字');

export const rectSettings = {
  rectCategories: setting({
    schema: z
      .array(category, { error: '问题类别应为列表' })
      .min(1, '请至少保留一个问题类别')
      .max(40, '问题类别最多40个')
      .refine((v) => new Set(v).size === v.length, '问题类别有重复')
      .optional(),
    default: [...DEFAULT_RECT_CATEGORIES],
    label: '整改问题类别',
    hint: '登记整改事项和预警告知书时可选的问题类别，每行一个；已登记事项的类别不受影响',
    kind: 'list',
    group: RECTIFICATION,
  }),
  rectDueSoonDays: setting({
    schema: whole('整改事项到期提醒天数', 1, 60, '天'),
    default: 7,
    label: '整改事项到期提醒天数',
    hint: '距整改时限不超过该天数（自然日）的未销号事项标为“即将到期”（1到60）',
    kind: 'number',
    group: RECTIFICATION,
  }),
  rectSuperviseWorkdays: setting({
    schema: whole('需督办的逾期工作日数', 1, 120, '个工作日'),
    default: 15,
    label: '需督办的逾期工作日数',
    hint: '逾期超过该工作日数的未销号事项列入“需督办”（1到120）',
    kind: 'number',
    group: RECTIFICATION,
  }),
} as const;
