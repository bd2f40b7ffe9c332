// The sections other domains' pages show, each loaded when first shown (so they add nothing to the
// start-up bundle the navigation imports through index.ts).
import { lazy, Suspense, type ComponentProps } from 'react';

const Trace = lazy(() => import('./ConsequenceTrace.tsx').then((m) => ({ default: m.ConsequenceTrace })));
const OfUnit = lazy(() => import('./UnitConsequences.tsx').then((m) => ({ default: m.UnitConsequences })));
const Published = lazy(() => import('./PublishedNote.tsx').then((m) => ({ default: m.PublishedNote })));

/** 预警来源 on a rectification item's, a talk's or a 公文's page (nothing when no consequence made it). */
export function ConsequenceTrace(props: ComponentProps<typeof Trace>) {
  return (
    <Suspense fallback={null}>
      <Trace {...props} />
    </Suspense>
  );
}

/** 预警事项 on a unit's 廉情指数 page. */
export function UnitConsequences(props: ComponentProps<typeof OfUnit>) {
  return (
    <Suspense fallback={null}>
      <OfUnit {...props} />
    </Suspense>
  );
}

/** 发布廉情指数's 已发布 with 查看预警闭环. */
export function PublishedNote(props: ComponentProps<typeof Published>) {
  return (
    <Suspense fallback={null}>
      <Published {...props} />
    </Suspense>
  );
}
