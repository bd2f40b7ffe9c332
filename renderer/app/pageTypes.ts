// A page of the app as a domain contributes it (renderer/<domain>/pages.tsx): its place in the
// navigation (#/units …), title, icon, the operation it is built on, and its addresses — each
// loaded only when first opened, so the start-up bundle holds none of the pages.
import type { ComponentType, ReactElement } from 'react';
import type { OpName } from '../../shared/api.ts';

export interface PageRoute {
  /** The address below #/, e.g. 'tips', 'tips/new', 'tips/:id'. */
  path: string;
  /** Loads the page's code (a dynamic import of the domain's own file). */
  load(): Promise<ComponentType>;
}

export interface PageDef {
  /** The navigation's address: #/<id>; the page is selected for every address below it. */
  id: string;
  title: string;
  /** The operation the page is built on; a role that may not call it does not see the page. */
  op: OpName;
  /** Its place in the navigation (smaller first). */
  order: number;
  icon: ReactElement;
  /** The addresses the page answers, the first being #/<id> itself. */
  routes: readonly PageRoute[];
}
