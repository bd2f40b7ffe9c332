// An audit entry's summary (stored as JSON) as one readable Chinese line:
// { name: ['甲', '乙'] } → 名称：甲 → 乙.
const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  type: '类型',
  parentId: '上级单位编号',
  headcount: '编制人数',
  leaderName: '主要负责人',
  status: '状态',
  unitId: '所在单位编号',
  post: '职务',
  rank: '职级',
  partyMember: '是否中共党员',
  category: '身份类别',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  disabled: '停用',
  result: '结果',
  failures: '连续错误次数',
  lockedUntil: '锁定至',
  list: '名册',
  rows: '行数',
  filters: '筛选条件',
  created: '导入条数',
  fileName: '文件名',
  sheetName: '工作表',
  sha256: '文件校验值',
  firstStart: '首次设置',
  loadDemo: '载入演示数据',
  idleLockMinutes: '自动锁定时间（分钟）',
  maxFailedLogins: '密码错误次数上限',
  lockoutMinutes: '锁定时长（分钟）',
  units: '单位数',
  people: '人员数',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (value === true) return '是';
  if (value === false) return '否';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function summaryText(summary: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(summary);
  } catch {
    return summary;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return show(parsed);
  const parts: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const label = FIELD_LABELS[key] ?? key;
    if (Array.isArray(value) && value.length === 2) parts.push(`${label}：${show(value[0])} → ${show(value[1])}`);
    else parts.push(`${label}：${show(value)}`);
  }
  return parts.length > 0 ? parts.join('；') : '（无改动）';
}
