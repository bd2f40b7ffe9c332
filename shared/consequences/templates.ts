// The 预警建议书's wording per grade, as the office edits it in 系统设置: the blanks in braces are
// filled from the unit's published year (fillAdviceTemplate); what is filled is then edited as typed.
import type { Grade } from '../integrity/index.ts';

/** The blanks a template may use, each filled from the unit's published result. */
export const ADVICE_TEMPLATE_FIELDS = ['单位', '年度', '下一年度', '廉情指数', '等级', '季度颜色', '薄弱环节'] as const;
export type AdviceTemplateField = (typeof ADVICE_TEMPLATE_FIELDS)[number];

const OPENING = '根据《廉情预警机制实施办法》，经综合测评，{单位}{年度}年度廉情指数为{廉情指数}分，评定为{等级}级；各季度廉情预警显示：{季度颜色}。现将有关情况和建议告知如下：';
const WEAK = '一、存在的主要薄弱环节\n{薄弱环节}';

export const DEFAULT_ADVICE_TEMPLATES: Readonly<Record<Grade, string>> = {
  A: `${OPENING}\n${WEAK}\n二、下一年度工作要求\n希望你单位继续保持良好态势，巩固党风廉政建设成果，针对上述薄弱环节查漏补缺，在{下一年度}年度进一步健全完善内部控制制度，发挥示范引领作用。根据有关规定，你单位可参与{年度}年度党风廉政建设责任制优秀班子评定。`,
  B: `${OPENING}\n${WEAK}\n二、下一年度工作要求\n请你单位针对上述薄弱环节认真分析原因，制定整改措施，落实党风廉政建设主体责任，在{下一年度}年度着力加强制度执行和监督检查，推动廉情指数稳步提升。`,
  C: `${OPENING}\n${WEAK}\n二、下一年度工作要求\n你单位廉情预警级别为C级（红色），请高度重视。按照干部管理权限，由我委对你单位主要负责人进行廉政谈话；你单位领导班子应专题研究整改，于收到本建议书后30日内书面报告整改情况，我委将跟踪督促、帮助整改。根据有关规定，你单位相关责任人不得参加{年度}年度评先评优。`,
};

/** The template with each {blank} replaced; a blank not in ADVICE_TEMPLATE_FIELDS stays as typed. */
export function fillAdviceTemplate(template: string, values: Readonly<Record<AdviceTemplateField, string>>): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) =>
    (ADVICE_TEMPLATE_FIELDS as readonly string[]).includes(name) ? values[name as AdviceTemplateField] : whole,
  );
}
