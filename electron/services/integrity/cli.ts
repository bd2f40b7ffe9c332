// The integrity index's commands of `lianqing`: compute a quarter or a year (JSON for scripts, or a
// table), publish a period, export the 廉情指数表 — through the dispatcher as the command line, like
// every other host (its today is the clock's, --clock-file in tests).
import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { PARTS, formatHundredths, fromHundredths, periodLabel, schemeVersionLabel, type PartTotals } from '../../../shared/integrity/index.ts';
import type { CliCommand, CliContext } from '../kernel/cli.ts';

const PERIOD_OPTIONS = { year: { type: 'string' }, quarter: { type: 'string' } } as const;

/** --year (required) and --quarter (1–4, or absent: the whole year). */
function period(cli: CliContext): { year: number; quarter: number } {
  const year = Number(cli.options.year);
  if (typeof cli.options.year !== 'string' || !Number.isInteger(year)) cli.fail('请用 --year 指定年度，如 --year 2026', 2);
  if (cli.options.quarter === undefined) return { year, quarter: 0 };
  const quarter = Number(cli.options.quarter);
  if (typeof cli.options.quarter !== 'string' || ![1, 2, 3, 4].includes(quarter)) cli.fail('--quarter 应为1至4', 2);
  return { year, quarter };
}

function partNumbers(parts: PartTotals): Record<string, number> {
  return Object.fromEntries(PARTS.map((p) => [p, fromHundredths(parts[p])]));
}

const compute: CliCommand = {
  words: ['index', 'compute'],
  usage: `  index compute --db PATH --year 2026 [--quarter 3] [--json] [--clock-file FILE]
                                                计算廉情指数（草稿）：每个单位一行；--quarter 省略时为年度指数`,
  options: { ...PERIOD_OPTIONS, json: { type: 'boolean' } },
  clock: true,
  async run(cli: CliContext) {
    const { year, quarter } = period(cli);
    if (quarter === 0) {
      const view = await cli.call('integrity.computeYear', { year });
      const rows = view.units.map((u) => ({
        unitId: u.unitId, unitName: u.unitName, unitType: u.unitType, score: fromHundredths(u.score), grade: u.grade, veto: u.veto,
        quarters: u.quarters.map((q) => (q ? { quarter: q.quarter, score: fromHundredths(q.score), colour: q.colour, veto: q.veto } : null)),
        parts: partNumbers(u.parts),
      }));
      if (cli.options.json) return cli.out(`${JSON.stringify(rows, null, 2)}\n`);
      cli.out(`${periodLabel(year, 0)}（已发布季度：${view.publishedQuarters.length ? view.publishedQuarters.join('、') : '无'}）\n`);
      cli.out(`单位\t类型\t第一季度\t第二季度\t第三季度\t第四季度\t年度指数\t等级\t一票否决\n`);
      for (const u of view.units) {
        const qs = u.quarters.map((q) => (q ? `${formatHundredths(q.score)}（${q.colour}）` : '—'));
        cli.out(`${u.unitName}\t${u.unitType}\t${qs.join('\t')}\t${formatHundredths(u.score)}\t${u.grade}\t${u.veto ? '是' : '否'}\n`);
      }
      cli.out(`共 ${view.units.length} 个单位\n`);
      return;
    }
    const view = await cli.call('integrity.computeQuarter', { year, quarter });
    const rows = view.units.map((u) => ({
      unitId: u.unitId, unitName: u.unitName, unitType: u.unitType, score: fromHundredths(u.score), colour: u.colour, parts: partNumbers(u.parts),
      lines: u.lines.map((l) => ({ ...l, points: fromHundredths(l.points) })),
    }));
    if (cli.options.json) return cli.out(`${JSON.stringify(rows, null, 2)}\n`);
    cli.out(`${periodLabel(year, quarter)}（评分方案 ${schemeVersionLabel(view.scheme)}${view.publication ? '，已发布' : '，草稿'}）\n`);
    cli.out(`单位\t类型\t得分\t颜色\t${PARTS.join('\t')}\n`);
    for (const u of view.units) {
      cli.out(`${u.unitName}\t${u.unitType}\t${formatHundredths(u.score)}\t${u.colour}\t${PARTS.map((p) => formatHundredths(u.parts[p])).join('\t')}\n`);
    }
    cli.out(`共 ${view.units.length} 个单位${view.missingChecks > 0 ? `；${view.missingChecks}个控制点未录入` : ''}\n`);
  },
};

const publish: CliCommand = {
  words: ['index', 'publish'],
  usage: `  index publish --db PATH --year 2026 --quarter 3 [--reason 文字] [--confirm-missing] [--clock-file FILE]
                                                发布季度廉情指数及其预警事项（重新发布须用 --reason 说明理由；年度发布要拟制各单位预警建议书，须登录应用发布）`,
  options: { ...PERIOD_OPTIONS, reason: { type: 'string' }, 'confirm-missing': { type: 'boolean' }, json: { type: 'boolean' } },
  clock: true,
  async run(cli: CliContext) {
    const { year, quarter } = period(cli);
    const reason = typeof cli.options.reason === 'string' ? cli.options.reason : '';
    const row = await cli.call('integrity.publish', { year, quarter, reason, confirmMissing: cli.options['confirm-missing'] === true });
    if (cli.options.json) return cli.out(`${JSON.stringify(row, null, 2)}\n`);
    const counts = Object.entries(row.counts).map(([k, n]) => `${k} ${n}`).join('、');
    cli.out(`已发布 ${periodLabel(row.year, row.quarter)}：评分方案 ${schemeVersionLabel(row.scheme)}，${row.units} 个单位（${counts}），输入数据校验值 ${row.inputsHash}\n`);
  },
};

const exportTable: CliCommand = {
  words: ['index', 'export'],
  usage: `  index export --db PATH --year 2026 --out FILE.xlsx [--clock-file FILE]
                                                导出廉情指数表（.xlsx）`,
  options: { year: { type: 'string' }, out: { type: 'string' } },
  clock: true,
  async run(cli: CliContext) {
    const { year } = period(cli);
    const out = cli.options.out;
    if (typeof out !== 'string' || out === '') cli.fail('请用 --out 指定要写入的 .xlsx 文件。', 2);
    if (extname(out).toLowerCase() !== '.xlsx') cli.fail(`--out 应为 .xlsx 文件（收到：${out}）`, 2);
    if (existsSync(out)) cli.fail(`文件已存在，不会覆盖：${out}`);
    const file = await cli.call('integrity.export', { year });
    writeFileSync(out, Buffer.from(file.dataBase64, 'base64'), { flag: 'wx', mode: 0o600 });
    cli.out(`已导出到 ${out}\n`);
  },
};

export const integrityCommands: readonly CliCommand[] = [compute, publish, exportTable];
