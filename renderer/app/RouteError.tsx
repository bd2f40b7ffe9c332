// What a page that failed to open shows, instead of a blank window: the reason in Chinese and
// a way on (a page's code that could not be loaded — e.g. after the program was updated while
// the window stayed open — comes back with 重新加载).
import { useRouteError } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

export function RouteError() {
  const error = useRouteError();
  const loadFailed = error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          重新加载
        </Button>
      }
    >
      {loadFailed ? '页面程序未能载入（程序可能已更新），请重新加载。' : '页面出现意外错误，未保存的内容可能需要重新填写。请重新加载；如仍出错请联系系统管理员。'}
    </Alert>
  );
}
