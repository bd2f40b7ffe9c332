// The documents domain's pages: 发文登记 (#/documents), 拟制公文 (#/documents/new, ?kind=warning&unit=12
// for a 预警告知书 to a unit) and a
// document's own page (#/documents/123). Each is loaded when first opened.
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import type { PageDef } from '../app/pageTypes.ts';

export const documentsPages: readonly PageDef[] = [
  {
    id: 'documents',
    title: '发文登记',
    op: 'docs.list',
    order: 30,
    icon: <DescriptionOutlined fontSize="small" />,
    routes: [
      { path: 'documents', load: () => import('./ledger/DocumentsLedger.tsx').then((m) => m.DocumentsLedger) },
      { path: 'documents/new', load: () => import('./draft/NewDocumentPage.tsx').then((m) => m.NewDocumentPage) },
      { path: 'documents/:id', load: () => import('./detail/DocumentPage.tsx').then((m) => m.DocumentRoute) },
    ],
  },
];
