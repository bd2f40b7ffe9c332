// A page of the app as a domain contributes it (renderer/<domain>/pages.ts): its address
// (#/units …), title, icon, the operation it is built on, its place in the navigation, and what
// it shows.
import type { ComponentType, ReactElement } from 'react';
import type { OpName } from '../../shared/api.ts';

export interface PageDef {
  /** The address: #/<id>. */
  id: string;
  title: string;
  /** The operation the page is built on; a role that may not call it does not see the page. */
  op: OpName;
  /** Its place in the navigation (smaller first). */
  order: number;
  icon: ReactElement;
  component: ComponentType;
}
