import type { CaseEvent } from '../case/case.events';
import { aggregateCases, type CaseAggregates } from '../measurement/case-aggregates';
import { caseFactsFrom } from '../measurement/case-facts';
import { measureCase } from '../measurement/case-measurement';
import { wib } from './case-events.builder';
import { calendarWib, caseA, caseB, caseCancelled, caseOpen } from './case-scenarios.fixture';
import { skPanitiaSop } from './sop.fixtures';

/** Figures of cases A, B, O and X as of Wed 5 March 2025 09:00 WIB (worked out in case-aggregates.unit.spec.ts). */
export function figuresABOX(): CaseAggregates {
  const measured = (events: CaseEvent[]) => measureCase({ facts: caseFactsFrom(events), content: skPanitiaSop(), calendar: calendarWib() });
  return aggregateCases([measured(caseA()), measured(caseB()), measured(caseOpen()), measured(caseCancelled())], calendarWib(), wib('2025-03-05T09:00'));
}
