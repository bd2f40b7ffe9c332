import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HomeOutlined from '@mui/icons-material/HomeOutlined';
import MarkEmailUnreadOutlined from '@mui/icons-material/MarkEmailUnreadOutlined';
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import type { PageId } from './pages.ts';

export function PageIcon({ page }: { page: PageId }) {
  switch (page) {
    case 'home':
      return <HomeOutlined fontSize="small" />;
    case 'units':
      return <ApartmentOutlined fontSize="small" />;
    case 'people':
      return <PeopleAltOutlined fontSize="small" />;
    case 'users':
      return <AdminPanelSettingsOutlined fontSize="small" />;
    case 'settings':
      return <SettingsOutlined fontSize="small" />;
    case 'audit':
      return <FactCheckOutlined fontSize="small" />;
    case 'tips':
      return <MarkEmailUnreadOutlined fontSize="small" />;
    case 'tipStats':
      return <BarChartOutlined fontSize="small" />;
    case 'calendar':
      return <EventOutlined fontSize="small" />;
  }
}
