// Shown while a page's code is being loaded (the first time it is opened).
import LinearProgress from '@mui/material/LinearProgress';

export function PageLoading() {
  return <LinearProgress aria-label="正在打开页面" />;
}
