// The interviews domain's commands of `lianqing`: 谈话函询登记 listed on the command line, through
// the dispatcher like every other host (the same filters, order and due rules; its today is the
// clock's, --clock-file in tests).
import type { InterviewRow } from '../../../shared/interviews/index.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';
import type { CliCommand, CliContext } from '../kernel/cli.ts';

const COLUMNS: Array<[keyof InterviewRow, string]> = [
  ['number', '编号'], ['typeLabel', '类别'], ['personName', '谈话（函询）对象'], ['unitName', '单位'], ['status', '状态'],
  ['ledgerDate', '日期'], ['dueKind', '期限事项'], ['dueDate', '期限'], ['dueState', '时限状态'], ['workdaysLeft', '剩余工作日'], ['outcome', '结果'],
];

const list: CliCommand = {
  words: ['interviews', 'list'],
  usage: `  interviews list --db PATH [--json] [--overdue] [--clock-file FILE]
                                                谈话函询登记（按日期由近及远；--overdue 只列期限已过的未办结谈话函询，最早到期在前）`,
  options: { json: { type: 'boolean' }, overdue: { type: 'boolean' } },
  clock: true,
  async run(cli: CliContext) {
    const overdue = cli.options.overdue === true;
    const order = overdue ? ({ due: '逾期', sortField: 'dueDate', sortDir: 'asc' } as const) : ({ sortField: 'ledgerDate', sortDir: 'desc' } as const);
    const rows: Array<Record<string, unknown>> = [];
    for (let page = 0; ; page++) {
      const result = await cli.call('interviews.list', { ...order, page, pageSize: MAX_PAGE_SIZE });
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

export const interviewCommands: readonly CliCommand[] = [list];
