// The signed-in frame: title bar (who is signed in, 修改密码, 退出登录), the left navigation
// listing only the pages the role may use, and the current page.
import { useMemo, useState, type MouseEvent } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useSession } from './session.ts';
import { ChangePasswordDialog } from '../core/index.ts';
import { pagesFor } from './pages.ts';
import { PageView } from './PageView.tsx';
import { useHashPage } from './useHashPage.ts';

const NAV_WIDTH = 168;

export function AppShell() {
  const { user, signOut } = useSession();
  const pages = useMemo(() => pagesFor(user.role), [user.role]);
  const allowed = useMemo(() => pages.map((p) => p.id), [pages]);
  const [page, go] = useHashPage(allowed);
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" color="secondary" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <Typography component="div" sx={{ fontSize: 18, fontWeight: 700, letterSpacing: 1, flexGrow: 1 }}>
            廉情 · 纪检监察工作平台
          </Typography>
          <Typography component="span" aria-label="当前用户">
            {user.displayName}
          </Typography>
          <Chip size="small" label={user.role} sx={{ bgcolor: 'rgba(255,255,255,0.18)', color: 'inherit' }} />
          <Button color="inherit" onClick={() => setChangingPassword(true)}>
            修改密码
          </Button>
          <Button color="inherit" variant="outlined" size="small" onClick={() => signOut()}>
            退出登录
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar variant="dense" />
        <Box component="nav" aria-label="主导航">
          <List dense>
            {pages.map((p) => (
              <ListItemButton
                key={p.id}
                selected={p.id === page}
                aria-current={p.id === page ? 'page' : undefined}
                component="a"
                href={`#/${p.id}`}
                onClick={(e: MouseEvent<HTMLElement>) => {
                  e.preventDefault();
                  go(p.id);
                }}
              >
                <ListItemIcon sx={{ minWidth: 34 }}>
                  {p.icon}
                </ListItemIcon>
                <ListItemText primary={p.title} />
              </ListItemButton>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" />
        <Box sx={{ flexGrow: 1, minHeight: 0, p: 2, display: 'flex', flexDirection: 'column' }}>
          <PageView page={page} />
        </Box>
      </Box>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Box>
  );
}
