// What code outside the tips domain (the migrations) may use of its repos.
export { indexTip, type TipSearchText } from './search.ts';
export { CATEGORY_MASK_OF_TIP } from './categoryMask.ts';
export { keyQueryCodes, keyedCodeHash } from './queryCodes.ts';
export {
  getTipRecord, insertDisciplineEvent, tipOutcomes, tipPeople, type EventOutcome, type EventSourceKind, type NewDisciplineEvent, type TipRecord,
} from './tips.ts';
export { setTipPlanState, tipPlanState, tipPersonEvents, type TipPlanState } from './tips.ts';
