// 承办时限 proposed at 拟办 from the way of disposal: working days for 谈话函询, 初步核实 and
// 予以了结, and for 暂存待查 a review date months on (each configurable). The proposer may change it.
import { addMonths, type WorkCalendar } from '../kernel/workdays.ts';
import type { Disposal } from './enums.ts';

export interface HandlingDueSettings {
  talkLetterWorkdays: number;
  verifyWorkdays: number;
  closeWorkdays: number;
  holdReviewMonths: number;
}

export function proposedHandlingDue(disposal: Disposal, today: string, settings: HandlingDueSettings, calendar: WorkCalendar): string {
  switch (disposal) {
    case '谈话函询':
      return calendar.addWorkdays(today, settings.talkLetterWorkdays);
    case '初步核实':
      return calendar.addWorkdays(today, settings.verifyWorkdays);
    case '予以了结':
      return calendar.addWorkdays(today, settings.closeWorkdays);
    case '暂存待查':
      return addMonths(today, settings.holdReviewMonths);
  }
}
