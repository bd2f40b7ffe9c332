// Whether the signed-in role is granted the right to see reporter identities (举报人信息), as
// set in 系统设置. The service checks again on every reveal and export.
import { useOp } from '../../api/query.ts';
import { useSession } from '../../app/session.ts';

export function useReporterRight(): boolean {
  const { user } = useSession();
  const settings = useOp('settings.get', {});
  return settings.data?.reporterRoles.includes(user.role) ?? false;
}
