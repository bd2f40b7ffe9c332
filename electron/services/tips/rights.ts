// Who may see what of a tip: the reporter's identity (举报人信息) and the content that may carry it
// (信访内容: 反映内容, its search, the attachments not marked 不含举报人信息).
import { getSettings } from '../settings/index.ts';
import { isLocal, userOf } from '../kernel/caller.ts';
import type { Call } from '../kernel/context.ts';

/** Whether the caller may see reporter identities (the command line may: it holds the file). */
export function mayRevealReporter(call: Call): boolean {
  if (isLocal(call)) return true;
  const user = userOf(call);
  return user !== null && getSettings(call.ctx.db).reporterRoles.includes(user.role);
}

/**
 * Whether the caller may read 反映内容, search it and open attachments not marked 不含举报人信息:
 * the reporter roles and the roles granted the 信访内容 right. The letter itself often names
 * the reporter, so one rule covers the text, its search, and the files.
 */
export function mayReadContent(call: Call): boolean {
  if (mayRevealReporter(call)) return true;
  const user = userOf(call);
  return user !== null && getSettings(call.ctx.db).contentRoles.includes(user.role);
}
