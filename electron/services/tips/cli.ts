// The tips domain's commands of `lianqing`: the ledger on the command line, through the
// dispatcher like every other host (the same filters, paging and due rules as the window).
import { TIP_STATUSES } from '../../../shared/tips/enums.ts';
import type { TipRow } from '../../../shared/tips/ledger.ts';
import type { CliCommand } from '../kernel/cli.ts';
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

export const tipCommands: readonly CliCommand[] = [tipsList];
