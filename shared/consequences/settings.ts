// The closed loop's settings: how long the office has to hold a grade-C unit's 廉政谈话, who of the
// unit goes on the 不得评先评优 list by default, and the 预警建议书's wording per grade.
import { z } from '../kernel/zod.ts';
import { setting } from '../kernel/settings.ts';
import { PERSON_CATEGORIES } from '../registry/index.ts';
import { ADVICE_TEMPLATE_FIELDS, DEFAULT_ADVICE_TEMPLATES } from './templates.ts';

const CONSEQUENCES = '预警闭环';

function template(grade: 'A' | 'B' | 'C') {
  return setting({
    schema: z
      .string({ error: `${grade}级预警建议书模板应为文字` })
      .min(1, `请填写${grade}级预警建议书模板`)
      .max(5000, `${grade}级预警建议书模板不能超过5000个字`)
      .optional(),
    default: DEFAULT_ADVICE_TEMPLATES[grade],
    label: `${grade}级预警建议书正文模板`,
    hint: `年度发布后为${grade}级单位拟制预警建议书所用的正文；可用的填空：${ADVICE_TEMPLATE_FIELDS.map((f) => `{${f}}`).join('、')}。已拟制的建议书不受影响`,
    kind: 'text',
    group: CONSEQUENCES,
  });
}

export const consequenceSettings = {
  consequenceTalkDays: setting({
    schema: z.int({ error: '廉政谈话期限应为整数' }).min(1, '廉政谈话期限为1到180天').max(180, '廉政谈话期限为1到180天').optional(),
    default: 30,
    label: 'C级单位廉政谈话期限（天）',
    hint: '年度廉情指数发布后，须在该天数（自然日）内与C级单位主要负责人进行廉政谈话（1到180）',
    kind: 'number',
    group: CONSEQUENCES,
  }),
  noAwardCategories: setting({
    schema: z
      .array(z.enum(PERSON_CATEGORIES, { error: `身份类别应为${PERSON_CATEGORIES.join('、')}之一` }), { error: '身份类别应为列表' })
      .min(1, '请至少保留一个身份类别')
      .refine((v) => new Set(v).size === v.length, '身份类别有重复')
      .optional(),
    default: ['主要负责人', '班子成员'],
    label: '不得评先评优的责任人身份类别',
    hint: '年度C级单位中，发布时在职且属于这些身份类别的人员列入当年不得评先评优名单（每行一个）',
    kind: 'list',
    group: CONSEQUENCES,
  }),
  adviceTemplateA: template('A'),
  adviceTemplateB: template('B'),
  adviceTemplateC: template('C'),
} as const;
