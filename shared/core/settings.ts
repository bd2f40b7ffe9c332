// Core's settings: account security and the office's time zone.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { DEFAULT_OFFICE_TIME_ZONE, isTimeZone } from '../kernel/dates.ts';

const ACCOUNTS = '账号安全';

export const coreSettings = {
  idleLockMinutes: setting({
    schema: z.int({ error: '自动锁定时间应为整数' }).min(1, '自动锁定时间为1到240分钟').max(240, '自动锁定时间为1到240分钟'),
    default: 15,
    label: '自动锁定时间（分钟）',
    hint: '无操作超过该时间后自动锁定，须重新登录（1到240）',
    kind: 'number',
    group: ACCOUNTS,
  }),
  sessionMaxHours: setting({
    schema: z.int({ error: '登录有效时长应为整数' }).min(1, '登录有效时长为1到72小时').max(72, '登录有效时长为1到72小时'),
    default: 12,
    label: '登录有效时长（小时）',
    hint: '登录后超过该时长须重新登录，无论是否一直在操作（1到72）',
    kind: 'number',
    group: ACCOUNTS,
  }),
  maxFailedLogins: setting({
    schema: z.int({ error: '密码错误次数上限应为整数' }).min(3, '密码错误次数上限为3到20次').max(20, '密码错误次数上限为3到20次'),
    default: 5,
    label: '密码错误次数上限',
    hint: '连续输错密码达到该次数后锁定账号（3到20）',
    kind: 'number',
    group: ACCOUNTS,
  }),
  lockoutMinutes: setting({
    schema: z.int({ error: '锁定时长应为整数' }).min(1, '锁定时长为1到1440分钟').max(1440, '锁定时长为1到1440分钟'),
    default: 15,
    label: '锁定时长（分钟）',
    hint: '账号被锁定的时长，系统管理员可提前解除（1到1440）',
    kind: 'number',
    group: ACCOUNTS,
  }),
  /** Optional in the input (older callers send the other settings only). */
  officeTimeZone: setting({
    schema: z
      .string({ error: '请填写办公时区' })
      .trim()
      .refine(isTimeZone, '办公时区无效，请填写如 Asia/Shanghai 的时区名称')
      .optional(),
    default: DEFAULT_OFFICE_TIME_ZONE,
    label: '办公时区',
    hint: '“今天”、办理时限和导出日期都按该时区计算；默认 Asia/Shanghai（北京时间）',
    kind: 'text',
    group: '日期',
  }),
} as const;
