// The tips domain's commands of `lianqing`: the ledger on the command line, through the
// dispatcher like every other host (the same filters, paging and due rules as the window).
import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { TIP_STATUSES } from '../../../shared/tips/enums.ts';
import type { TipRow } from '../../../shared/tips/ledger.ts';
import type { CliCommand, CliContext } from '../kernel/cli.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';

const TIP_COLUMNS: Array<[keyof TipRow, string]> = [
  ['number', '编号'], ['receivedDate', '收件日期'], ['channel', '来源渠道'], ['peopleNames', '被反映人'], ['unitNames', '被反映单位'],
  ['summary', '问题摘要'], ['status', '办理状态'], ['handlerName', '承办人'], ['dueDate', '时限'], ['dueState', '时限状态'],
];

const PAGE = MAX_PAGE_SIZE;

const tipsList: CliCommand = {
  words: ['tips', 'list'],
  usage: `  tips list   --db PATH [--json] [--overdue] [--status 办理状态] [--clock-file FILE]
                                                问题线索台账（不含举报人信息）；--overdue 只列逾期件；
                                                办理状态：${TIP_STATUSES.join('、')}`,
  options: { overdue: { type: 'boolean' }, status: { type: 'string' }, json: { type: 'boolean' } },
  clock: true,
  async run(cli) {
    const status = cli.options.status;
    if (status !== undefined && (typeof status !== 'string' || !(TIP_STATUSES as readonly string[]).includes(status))) {
      cli.fail(`办理状态无效：${String(status)}（可选：${TIP_STATUSES.join('、')}）`, 2);
    }
    const filters = { status: status as TipRow['status'] | undefined, due: cli.options.overdue ? ('逾期' as const) : undefined };
    const rows: Array<Record<string, unknown>> = [];
    for (let page = 0; ; page++) {
      const result = await cli.call('tips.list', { ...filters, sortField: 'receivedDate', sortDir: 'desc', page, pageSize: PAGE });
      for (const t of result.rows) {
        const { reporterMasked: _hidden, version: _v, ...row } = t;
        rows.push({ ...row, categories: t.categories.join('、') });
      }
      if (rows.length >= result.total || result.rows.length === 0) break;
    }
    if (cli.options.json) {
      cli.out(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    cli.out(`${TIP_COLUMNS.map(([, label]) => label).join('\t')}\n`);
    for (const row of rows) cli.out(`${TIP_COLUMNS.map(([key]) => String(row[key] ?? '')).join('\t')}\n`);
    cli.out(`共 ${rows.length} 条\n`);
  },
};

/**
 * The ledger exported to Excel on the command line: without reporter identities unless
 * --include-reporter is given — then they are in the file and the export is audited as such
 * (the command line holds the key, and with it the right; the choice is the person's).
 */
const tipsExport: CliCommand = {
  words: ['tips', 'export'],
  usage: `  tips export --db PATH --out FILE.xlsx [--overdue] [--status 办理状态] [--include-reporter]
                                                问题线索台账导出为 Excel（不会覆盖已有文件）；默认不含举报人信息，
                                                加 --include-reporter 才导出举报人姓名、电话、身份证号和地址（审计日志记明）`,
  options: { out: { type: 'string' }, 'include-reporter': { type: 'boolean' }, overdue: { type: 'boolean' }, status: { type: 'string' } },
  clock: true,
  async run(cli: CliContext) {
    const out = cli.options.out;
    if (typeof out !== 'string' || out === '') cli.fail('请用 --out 指定要写入的 .xlsx 文件。', 2);
    if (extname(out).toLowerCase() !== '.xlsx') cli.fail(`--out 应为 .xlsx 文件（收到：${out}）`, 2);
    if (existsSync(out)) cli.fail(`文件已存在，不会覆盖：${out}`);
    const status = cli.options.status;
    if (status !== undefined && (typeof status !== 'string' || !(TIP_STATUSES as readonly string[]).includes(status))) {
      cli.fail(`办理状态无效：${String(status)}（可选：${TIP_STATUSES.join('、')}）`, 2);
    }
    const includeReporter = cli.options['include-reporter'] === true;
    const file = await cli.call('tips.export', {
      status: status as TipRow['status'] | undefined,
      due: cli.options.overdue ? ('逾期' as const) : undefined,
      includeReporter,
    });
    // Readable by the user only: with --include-reporter it names reporters.
    writeFileSync(out, Buffer.from(file.dataBase64, 'base64'), { flag: 'wx', mode: 0o600 });
    cli.out(`已导出到 ${out}${includeReporter ? '（含举报人信息，请妥善保管；此次导出已记入审计日志）' : '（不含举报人信息）'}\n`);
  },
};

export const tipCommands: readonly CliCommand[] = [tipsList, tipsExport];
