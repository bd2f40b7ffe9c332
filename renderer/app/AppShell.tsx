// The signed-in frame: title bar (who is signed in, 修改密码, 退出登录), the left navigation
// listing only the pages the role may use, and the current page (the router's outlet).
import { Suspense, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useSession } from './session.ts';
import { ChangePasswordDialog, OfficeProfileReminder, RecoveryKeyReminder } from '../core/index.ts';
import type { PageDef } from './pageTypes.ts';
import { pageOfPath } from './pages.ts';
import { PageLoading } from './PageLoading.tsx';

const NAV_WIDTH = 168;

export function AppShell({ pages }: { pages: readonly PageDef[] }) {
  const { user, signOut } = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  const current = pageOfPath(location.pathname, pages);
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
              <ListItem key={p.id} disablePadding>
                <ListItemButton component={NavLink} to={`/${p.id}`} selected={p.id === current} aria-current={p.id === current ? 'page' : undefined}>
                  <ListItemIcon sx={{ minWidth: 34 }}>{p.icon}</ListItemIcon>
                  <ListItemText primary={p.title} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" />
        <Box sx={{ flexGrow: 1, minHeight: 0, p: 2, display: 'flex', flexDirection: 'column' }}>
          {navigation.state === 'loading' ? <PageLoading /> : null}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      {user.role === '系统管理员' ? <RecoveryKeyReminder then={<OfficeProfileReminder />} /> : null}
    </Box>
  );
}
