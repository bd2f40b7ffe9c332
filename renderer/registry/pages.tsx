// The registry's pages: 单位管理 and 人员管理, each loaded when first opened.
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const registryPages: readonly PageDef[] = [
  {
    id: 'units',
    title: '单位管理',
    op: 'units.list',
    order: 40,
    icon: <ApartmentOutlined fontSize="small" />,
    routes: [{ path: 'units', load: () => import('./units/UnitsPage.tsx').then((m) => m.UnitsPage) }],
  },
  {
    id: 'people',
    title: '人员管理',
    op: 'people.list',
    order: 50,
    icon: <PeopleAltOutlined fontSize="small" />,
    routes: [{ path: 'people', load: () => import('./people/PeoplePage.tsx').then((m) => m.PeoplePage) }],
  },
];
