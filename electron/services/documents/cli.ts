// The documents domain's commands of `lianqing`: the dispatch register, and an issued 公文's file
// by its 文号, byte for byte as it was frozen.
import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { DocRow } from '../../../shared/documents/register.ts';
import { MAX_PAGE_SIZE } from '../../../shared/kernel/common.ts';
import type { CliCommand } from '../kernel/cli.ts';

const COLUMNS: Array<[keyof DocRow, string]> = [
  ['number', '文号'], ['kindLabel', '文种'], ['title', '标题'], ['recipients', '主送机关'], ['date', '成文日期'], ['status', '状态'],
  ['issuedByName', '印发人'], ['issuedAt', '印发时间'], ['sha256', '文件校验值'],
];

const docsList: CliCommand = {
  words: ['docs', 'list'],
  usage: `  docs list   --db PATH [--json]               发文登记：文号、文种、标题、主送机关、成文日期、状态、印发人`,
  options: { json: { type: 'boolean' } },
  async run(cli) {
    const rows: DocRow[] = [];
    for (let page = 0; ; page++) {
      const result = await cli.call('docs.list', { page, pageSize: MAX_PAGE_SIZE, sortField: 'issuedAt', sortDir: 'asc' });
      rows.push(...result.rows);
      if (rows.length >= result.total || result.rows.length === 0) break;
    }
    if (cli.options.json) {
      cli.out(`${JSON.stringify(rows.map((r) => ({ ...r, source: r.source?.label ?? null })), null, 2)}\n`);
      return;
    }
    cli.out(`${COLUMNS.map(([, label]) => label).join('\t')}\n`);
    for (const row of rows) cli.out(`${COLUMNS.map(([key]) => String(row[key] ?? '')).join('\t')}\n`);
    cli.out(`共 ${rows.length} 件\n`);
  },
};

const docsGet: CliCommand = {
  words: ['docs', 'get'],
  usage: `  docs get    --db PATH --number 文号 --out FILE.docx
                                                按文号取出已印发公文的定稿文件（与印发时逐字节相同；不会覆盖已有文件）`,
  options: { number: { type: 'string' }, out: { type: 'string' } },
  async run(cli) {
    const number = typeof cli.options.number === 'string' ? cli.options.number.trim() : '';
    const out = typeof cli.options.out === 'string' ? cli.options.out : '';
    if (number === '') cli.fail('请用 --number 指定文号，如 --number "临纪发〔2026〕5号"。', 2);
    if (out === '') cli.fail('请用 --out 指定要写入的 .docx 文件。', 2);
    if (extname(out).toLowerCase() !== '.docx') cli.fail(`--out 应为 .docx 文件（收到：${out}）`, 2);
    if (existsSync(out)) cli.fail(`文件已存在，不会覆盖：${out}`);
    const doc = await cli.call('docs.byNumber', { number });
    const file = await cli.call('docs.download', { id: doc.id });
    writeFileSync(out, Buffer.from(file.dataBase64, 'base64'), { flag: 'wx' });
    cli.out(`已取出 ${doc.number}《${doc.title}》到 ${out}（文件校验值 ${doc.sha256}）\n`);
  },
};

export const documentCommands: readonly CliCommand[] = [docsList, docsGet];
