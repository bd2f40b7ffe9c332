// The closed loop's part of the demo office (预警闭环): after the other parts' follow-ups — the
// index's publications, whose consequences were written as each was published — the office's work
// on them: the red quarters' 预警告知书 drafted, issued and their items followed to 销号, the found
// problems' notices closed with the reason, the year's 预警建议书 issued in a batch and delivered,
// the grade-C units' 廉政谈话 planned, held and concluded (demoPlan.ts: what and when; demoRun.ts:
// through the real operations, each step as its member of staff at its own past moment). Nothing is
// written in the demo's own transaction: the consequences are only there once published.
import type { DemoStep } from '../../kernel/demo.ts';
import { DEMO_REGISTRY } from '../../registry/index.ts';
import { DEMO_STAFF_USERS } from '../../tips/index.ts';
import { runDemoConsequences } from './demoRun.ts';

export const consequencesDemo: DemoStep = (_call, shelf) => {
  const { people } = shelf.get(DEMO_REGISTRY);
  const staff = shelf.get(DEMO_STAFF_USERS);
  return (after) => runDemoConsequences(after, staff, people);
};
