// 问题线索台账 and what opens from it: the ledger (#/tips), 登记信访件 (#/tips/new) and a
// tip's own page (#/tips/123).
import { TipDetailPage } from './detail/TipDetailPage.tsx';
import { TipLedger } from './ledger/TipLedger.tsx';
import { TipRegisterPage } from './register/TipRegisterPage.tsx';
import { useTipRoute } from './common/tipRoute.ts';

export function TipsPage() {
  const route = useTipRoute();
  switch (route.kind) {
    case 'new':
      return <TipRegisterPage />;
    case 'tip':
      return <TipDetailPage key={route.id} id={route.id} />;
    case 'list':
      return <TipLedger key={route.search} search={route.search} />;
  }
}
