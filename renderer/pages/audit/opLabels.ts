// Operation names as the office says them, for the audit log and the home page.
import type { OpName } from '../../../shared/api.ts';

const OP_LABELS: Record<OpName, string> = {
  'auth.status': '查询登录状态',
  'auth.setupAdmin': '首次设置管理员',
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.me': '查询本人信息',
  'auth.changePassword': '修改本人密码',
  'home.summary': '查看首页',
  'units.list': '查询单位',
  'units.get': '查看单位',
  'units.options': '查找单位',
  'units.create': '新增单位',
  'units.update': '编辑单位',
  'units.setStatus': '撤销/恢复单位',
  'units.export': '导出单位名册',
  'units.importTemplate': '下载单位导入模板',
  'units.importPreview': '预览单位导入',
  'units.importCommit': '导入单位',
  'people.list': '查询人员',
  'people.get': '查看人员',
  'people.create': '新增人员',
  'people.update': '编辑人员',
  'people.setStatus': '人员离任/恢复在职',
  'people.export': '导出人员名册',
  'people.importTemplate': '下载人员导入模板',
  'people.importPreview': '预览人员导入',
  'people.importCommit': '导入人员',
  'users.list': '查询用户',
  'users.create': '新增用户',
  'users.update': '编辑用户',
  'users.resetPassword': '重置密码',
  'users.setDisabled': '停用/启用用户',
  'users.unlock': '解除锁定',
  'settings.get': '查看系统设置',
  'settings.update': '修改系统设置',
  'audit.list': '查询审计日志',
  'audit.verify': '校验审计日志',
};

const ENTITY_LABELS: Record<string, string> = {
  unit: '单位',
  person: '人员',
  user: '用户',
  settings: '系统设置',
  export: '导出',
  import: '导入',
  audit: '审计日志',
  demo: '演示数据',
};

export function opLabel(op: string): string {
  return (OP_LABELS as Record<string, string>)[op] ?? op;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}
