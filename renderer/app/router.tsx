// The one router: react-router's hash router (#/tips/12?…, so the page, its query and Back all
// live in the address), made of the routes the domains contribute for the pages this role may
// open; each page's code is loaded when it is first opened. An unknown address goes to 首页.
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import type { PageDef } from './pageTypes.ts';
import { HOME_PAGE } from './pages.ts';
import { AppShell } from './AppShell.tsx';
import { PageLoading } from './PageLoading.tsx';
import { RouteError } from './RouteError.tsx';

export function appRoutes(pages: readonly PageDef[]): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppShell pages={pages} />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        { index: true, element: <Navigate to={`/${HOME_PAGE}`} replace /> },
        {
          // A page that fails keeps the frame (navigation, title bar) and says so.
          errorElement: <RouteError />,
          children: pages.flatMap((p) =>
            p.routes.map((r): RouteObject => ({
              path: r.path,
              lazy: async () => ({ Component: await r.load() }),
            })),
          ),
        },
        { path: '*', element: <Navigate to={`/${HOME_PAGE}`} replace /> },
      ],
    },
  ];
}

export function createAppRouter(pages: readonly PageDef[]) {
  return createHashRouter(appRoutes(pages));
}
