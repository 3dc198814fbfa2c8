import { aggregateCases, openCasesOverdue } from './case-aggregates';
import { caseFactsFrom } from './case-facts';
import { measureCase } from './case-measurement';
import { calendarWib, caseA, caseB, caseCancelled, caseOpen } from '../testing/case-scenarios.fixture';
import { skPanitiaSop } from '../testing/sop.fixtures';
import { wib } from '../testing/case-events.builder';
import type { CaseEvent } from '../case/case.events';

const measured = (events: CaseEvent[]) => measureCase({ facts: caseFactsFrom(events), content: skPanitiaSop(), calendar: calendarWib() });

// Cases A (live, rework), B (paper, deviations), O (open at 1.2) and X (cancelled after a late 1.1); see case-scenarios.fixture.ts.
const ASOF = wib('2025-03-05T09:00');
const all = () => [measured(caseA()), measured(caseB()), measured(caseOpen()), measured(caseCancelled())];

describe('aggregateCases', () => {
  const agg = aggregateCases(all(), calendarWib(), ASOF);
  const step = (key: string) => agg.steps.find((s) => s.stepKey === key);

  it('counts started, completed, cancelled and open cases', () => {
    expect(agg.cases).toEqual({ started: 4, completed: 2, cancelled: 1, open: 1 });
  });

  it('computes the overall on-time rate over measured executions', () => {
    // A: on time 1.1, 1.2 (2nd), 1.4; late 1.2 (1st), 1.3 twice. B: on time 1.1, 1.2, 1.4. O: 1.1 on time. X: 1.1 late.
    // 7 on time, 4 late: 7/11.
    expect(agg.timeliness).toEqual({ measured: 11, onTime: 7, late: 4, rate: 0.6364 });
  });

  it('computes per step the on-time rate and nearest-rank durations', () => {
    // 1.1 office minutes: A 360, B 240, O 360 (Mon 08:00-14:00), X 570 (Mon 08:00-Tue 09:00 = 480 + 90).
    // Sorted 240, 360, 360, 570: median rank 2 = 360, p90 rank ceil(3.6) = 4 = 570.
    expect(step('1.1')).toMatchObject({
      executions: 4,
      timeliness: { measured: 4, onTime: 3, late: 1, rate: 0.75 },
      lateOfficeMinutes: 60,
      officeMinutes: { count: 4, median: 360, p90: 570 },
    });
    // 1.2: A 570 (late) and 90, B 390; O still in progress. Sorted 90, 390, 570: median rank 2 = 390, p90 rank 3 = 570.
    expect(step('1.2')).toMatchObject({
      executions: 4,
      finished: 3,
      timeliness: { measured: 3, onTime: 2, late: 1, rate: 0.6667 },
      officeMinutes: { count: 3, median: 390, p90: 570 },
    });
    expect(step('1.5')).toMatchObject({ noStandard: 2, timeliness: { measured: 0, rate: null } });
  });

  it('counts deviations per step', () => {
    expect(step('1.1')?.deviations).toMatchObject({ not_pelaksana: 1, kelengkapan_missing: 1 });
    expect(step('1.2')?.deviations).toMatchObject({ pelaksana_unverified: 1, not_pelaksana: 0 });
    expect(step('1.3')).toMatchObject({ casesSkipping: 1, deviations: { skipped: 1 } });
    expect(step('1.5')?.deviations.output_missing).toBe(1);
  });

  it('ranks bottlenecks by office minutes past due, then late rate', () => {
    // 1.3: 60 + 30 = 90 minutes late. 1.2 and 1.1 both 60: 1.2 is late 1 in 3, 1.1 late 1 in 4.
    expect(agg.bottlenecks.map((b) => [b.rank, b.stepKey, b.lateOfficeMinutes, b.lateRate])).toEqual([
      [1, '1.3', 90, 1],
      [2, '1.2', 60, 0.3333],
      [3, '1.1', 60, 0.25],
    ]);
  });

  it('summarises completed case durations, rework and conformance', () => {
    // A: 1710 min, 3.3529 days. B: Mon 08:00-Wed 11:00 = 480 + 510 + 210 = 1200 min; 2 days (Wed 08:00) + 180/510.
    expect(agg.caseDurations).toEqual({
      officeMinutes: { count: 2, median: 1200, p90: 1710 },
      workingDays: { count: 2, median: 2.3529, p90: 3.3529 },
    });
    expect(agg.rework).toEqual({ loops: 1, casesWithRework: 1 });
    // Fitness A 1, B 0.8.
    expect(agg.conformance).toEqual({ completedCases: 2, meanFitness: 0.9 });
  });

  it('lists the open cases overdue as of the date', () => {
    // O waits at 1.2 (1 hari) since Mon 14:00: due Tue 14:00. By Wed 09:00: Tue 14:00-16:00 + Wed 07:30-09:00 = 210 minutes over.
    expect(agg.overdue).toEqual([
      {
        caseId: 'case-O',
        sopId: 'sop-kalbar-sk-panitia',
        version: 2,
        stepKey: '1.2',
        phase: 'in_progress',
        since: wib('2025-03-03T14:00'),
        due: wib('2025-03-04T14:00'),
        standard: { amount: 1, unit: 'hari' },
        overBy: { amount: 0.4118, unit: 'hari' },
        overByOfficeMinutes: 210,
      },
    ]);
  });
});

describe('openCasesOverdue', () => {
  it('is empty before the due', () => {
    expect(openCasesOverdue([measured(caseOpen())], calendarWib(), wib('2025-03-04T13:59'))).toEqual([]);
  });

  it('ignores completed and cancelled cases', () => {
    expect(openCasesOverdue([measured(caseA()), measured(caseCancelled())], calendarWib(), wib('2025-04-30T09:00'))).toEqual([]);
  });
});
