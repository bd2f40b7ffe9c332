// Whether the signed-in role is granted the right to see reporter identities (举报人信息), as
// set in 系统设置. The service checks again on every reveal and export.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.ts';

export function useReporterRight(): boolean {
  const { user } = useSession();
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    let live = true;
    api
      .call('settings.get', {})
      .then((s) => {
        if (live) setGranted(s.reporterRoles.includes(user.role));
      })
      .catch(() => {
        if (live) setGranted(false);
      });
    return () => {
      live = false;
    };
  }, [user.role]);
  return granted;
}
