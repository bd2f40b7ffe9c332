// The registry's pages: 单位管理 and 人员管理.
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import type { PageDef } from '../app/pageTypes.ts';
import { UnitsPage } from './units/UnitsPage.tsx';
import { PeoplePage } from './people/PeoplePage.tsx';

export const registryPages: readonly PageDef[] = [
  { id: 'units', title: '单位管理', op: 'units.list', order: 40, icon: <ApartmentOutlined fontSize="small" />, component: UnitsPage },
  { id: 'people', title: '人员管理', op: 'people.list', order: 50, icon: <PeopleAltOutlined fontSize="small" />, component: PeoplePage },
];
