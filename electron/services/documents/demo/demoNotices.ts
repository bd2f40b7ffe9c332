// The demo office's register: a few 通知 to the units under watch, drafted by the 案件监督管理室's
// clerk in the demo's transaction and issued after it through docs.issue itself (numbers from the
// sequence, files rendered by the engine and frozen), so a newcomer can open, preview and print one.
import { addDays } from '../../../../shared/kernel/workdays.ts';
import { api } from '../../../../shared/api.ts';
import type { NoticeFields } from '../../../../shared/documents/register.ts';
import { asUser } from '../../kernel/caller.ts';
import { audit, today, type Call } from '../../kernel/context.ts';
import { runWithin } from '../../kernel/handler.ts';
import type { DemoStep } from '../../kernel/demo.ts';
import { getUserById, userOptions } from '../../../../db/repos/core/index.ts';
import { draftHandlers } from '../drafts.ts';

/**
 * Each notice dated some days before the demo's today, but in its year (a 文号 takes the year of the
 * 成文日期, and only this year's may be issued): early in January they are all dated 1 January.
 */
function plan(todayIso: string): NoticeFields[] {
  const year = todayIso.slice(0, 4);
  const daysBefore = (n: number) => {
    const day = addDays(todayIso, -n);
    return day.startsWith(year) ? day : `${year}-01-01`;
  };
  return [
    {
      title: `关于开展${year}年度廉情预警信息报送工作的通知`,
      recipients: '各镇（街道）纪（工）委，县直各单位纪检组织',
      body: [
        `为进一步落实党风廉政建设责任制，及时掌握各单位廉情动态，经研究，决定开展${year}年度廉情预警信息报送工作。现将有关事项通知如下：`,
        '一、报送内容',
        '各单位党风廉政建设责任制落实情况、廉政风险防控措施执行情况、“三重一大”事项决策情况及发现的苗头性、倾向性问题。',
        '二、报送时间',
        '每季度末月25日前报送本季度情况，遇节假日顺延。',
        '三、工作要求',
        '（一）高度重视。各单位主要负责人为第一责任人，须指定专人负责报送工作。',
        '（二）如实报送。报送信息应客观准确，不得瞒报、漏报。',
      ].join('\n'),
      attachments: ['廉情预警信息报送表'],
      date: daysBefore(75),
      copyTo: '县委办公室，县政府办公室',
    },
    {
      title: '关于做好节日期间正风肃纪工作的通知',
      recipients: '各镇（街道）纪（工）委，县直各单位',
      body: [
        '节日将至，为持续巩固落实中央八项规定精神成果，严防“四风”问题反弹回潮，现就有关事项通知如下：',
        '一、严禁违规收送礼品礼金、违规吃喝、公车私用等问题。',
        '二、各单位要加强教育提醒，把纪律要求传达到每一名党员干部。',
        '三、县纪委监委将组织明察暗访，发现问题一律从严查处并通报曝光。',
      ].join('\n'),
      attachments: [],
      date: daysBefore(40),
      copyTo: '',
    },
    {
      title: '关于开展村级“三资”管理专项检查的通知',
      recipients: '各镇（街道）纪（工）委',
      body: [
        '为加强农村集体“三资”监管，经县纪委常委会研究，决定在全县开展村级“三资”管理专项检查。',
        '一、检查范围：全县各行政村（社区）。',
        '二、检查重点：集体资金收支、资产处置、资源发包等情况。',
        '三、时间安排：即日起至本季度末，各镇（街道）于检查结束后10个工作日内报送检查情况。',
      ].join('\n'),
      attachments: ['村级“三资”管理专项检查情况统计表', '问题线索移交登记表'],
      date: daysBefore(12),
      copyTo: '县农业农村局',
    },
  ];
}

export const documentsDemo: DemoStep = (call: Call) => {
  // The 案件监督管理室's clerk the tips step made (documents does not reach into tips for it).
  const option = userOptions(call.ctx.db).find((u) => u.role === '案件监督管理室');
  const clerk = option ? getUserById(call.ctx.db, option.id) : undefined;
  if (!clerk) throw new Error('demo: the 案件监督管理室 clerk is missing');
  const asClerk = asUser(call, clerk);
  const drafts = plan(today(call)).map((fields) => {
    const input = api['docs.createDraft'].input.parse({ kind: 'notice', fields });
    const made = runWithin(draftHandlers['docs.createDraft'], { ...asClerk, op: 'docs.createDraft' }, input);
    if (made instanceof Promise) throw new Error('demo: docs.createDraft answered asynchronously');
    return made;
  });
  audit(call, 'demo', null, null, { documents: drafts.length });
  return async (after) => {
    for (const d of drafts) await after.runAs(after, clerk, 'docs.issue', { id: d.id, version: d.version });
  };
};
