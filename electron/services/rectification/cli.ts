// The rectification domain's commands of `lianqing`: the 整改台账 listed and exported on the command
// line, through the dispatcher like every other host (the same filters, order and due rules).
import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { RectRow } from '../../../shared/rectification/index.ts';
import type { CliCommand, CliContext } from '../kernel/cli.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';

const COLUMNS: Array<[keyof RectRow, string]> = [
  ['number', '编号'], ['source', '问题来源'], ['unitName', '单位'], ['problem', '问题描述'], ['ownerName', '责任人'],
  ['deadline', '整改时限'], ['status', '整改状态'], ['dueState', '时限状态'], ['overdueDays', '逾期天数'], ['closedOn', '销号日期'],
];

/** The unit of --unit NAME (its exact name), or the command fails saying so. */
async function unitNamed(cli: CliContext): Promise<number | undefined> {
  const name = cli.options.unit;
  if (name === undefined) return undefined;
  if (typeof name !== 'string' || name.trim() === '') cli.fail('--unit 应为单位名称', 2);
  const wanted = name.trim();
  const options = await cli.call('units.options', { q: wanted, limit: 50, includeInactive: true });
  const exact = options.filter((u) => u.name === wanted);
  if (exact.length === 0) cli.fail(`单位名册中没有名为“${wanted}”的单位`);
  if (exact.length > 1) cli.fail(`名为“${wanted}”的单位有${exact.length}个，请在程序中按单位筛选`);
  return exact[0]?.id;
}

const OPTIONS = { overdue: { type: 'boolean' }, unit: { type: 'string' } } as const;

const list: CliCommand = {
  words: ['rectification', 'list'],
  usage: `  rectification list --db PATH [--json] [--overdue] [--unit 单位名称] [--clock-file FILE]
                                                整改台账（按整改时限排序）；--overdue 只列逾期未销号的事项`,
  options: { ...OPTIONS, json: { type: 'boolean' } },
  clock: true,
  async run(cli: CliContext) {
    const filters = { unitId: await unitNamed(cli), due: cli.options.overdue ? ('逾期' as const) : undefined };
    const rows: Array<Record<string, unknown>> = [];
    for (let page = 0; ; page++) {
      const result = await cli.call('rect.list', { ...filters, sortField: 'deadline', sortDir: 'asc', page, pageSize: MAX_PAGE_SIZE });
      for (const r of result.rows) {
        const { version: _v, ...row } = r;
        rows.push(row);
      }
      if (rows.length >= result.total || result.rows.length === 0) break;
    }
    if (cli.options.json) {
      cli.out(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    cli.out(`${COLUMNS.map(([, label]) => label).join('\t')}\n`);
    for (const row of rows) cli.out(`${COLUMNS.map(([key]) => String(row[key] ?? '')).join('\t')}\n`);
    cli.out(`共 ${rows.length} 项\n`);
  },
};

const exportLedger: CliCommand = {
  words: ['rectification', 'export'],
  usage: `  rectification export --db PATH --out FILE.xlsx [--overdue] [--unit 单位名称]
                                                整改台账导出为 Excel（不会覆盖已有文件；审计日志记明）`,
  options: { ...OPTIONS, out: { type: 'string' } },
  clock: true,
  async run(cli: CliContext) {
    const out = cli.options.out;
    if (typeof out !== 'string' || out === '') cli.fail('请用 --out 指定要写入的 .xlsx 文件。', 2);
    if (extname(out).toLowerCase() !== '.xlsx') cli.fail(`--out 应为 .xlsx 文件（收到：${out}）`, 2);
    if (existsSync(out)) cli.fail(`文件已存在，不会覆盖：${out}`);
    const file = await cli.call('rect.export', { unitId: await unitNamed(cli), due: cli.options.overdue ? ('逾期' as const) : undefined });
    writeFileSync(out, Buffer.from(file.dataBase64, 'base64'), { flag: 'wx', mode: 0o600 });
    cli.out(`已导出到 ${out}\n`);
  },
};

export const rectificationCommands: readonly CliCommand[] = [list, exportLedger];
