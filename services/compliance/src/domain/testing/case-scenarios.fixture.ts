import { createDinasCalendar, type DinasCalendar } from '@jejak/working-time';
import { kabid, kadis, kasi, petugas, sekretaris, staf } from './actors.fixture';
import { wib } from './case-events.builder';
import { liveStep, paperStep, startCase, startHistoricalCase } from './case-commands.builder';
import { play } from './decider-spec';
import type { CaseEvent } from '../case/case.events';

/**
 * Hand-worked cases on the "Penerbitan SK Panitia" fixture (skPanitiaSop), early March 2025 (no holidays):
 * Mon 3, Tue 4, Wed 5, Thu 6 March. Office hours are the defaults: Mon-Thu 07:30-16:00 (510 office minutes).
 * The calendar lists no holidays, so the figures do not depend on the editable default holiday data.
 * The figures each measurement test expects are worked out in its comments.
 */
export const calendarWib = (): DinasCalendar => createDinasCalendar({ timeZone: 'WIB', holidays: [] });

/** Case A, live, one rework loop. */
export const caseA = (): CaseEvent[] =>
  play([
    startCase('case-A', wib('2025-03-03T08:00')),
    ...liveStep('1.1', kasi, wib('2025-03-03T09:00'), wib('2025-03-03T14:00')),
    ...liveStep('1.2', staf, wib('2025-03-03T15:00'), wib('2025-03-04T15:00')),
    ...liveStep('1.3', kabid, wib('2025-03-05T08:00'), wib('2025-03-05T09:00'), { decision: { answer: 'tidak', at: wib('2025-03-05T09:30') } }),
    ...liveStep('1.2', staf, wib('2025-03-05T10:00'), wib('2025-03-05T11:00')),
    ...liveStep('1.3', kabid, wib('2025-03-05T13:00'), wib('2025-03-05T13:30'), { decision: { answer: 'ya', at: wib('2025-03-05T13:30') } }),
    ...liveStep('1.4', kadis, wib('2025-03-06T08:00'), wib('2025-03-06T10:00')),
    ...liveStep('1.5', petugas, wib('2025-03-06T10:30'), wib('2025-03-06T11:00')),
  ]);

/** Case B, from paper: 1.1 by a STAF without its kelengkapan, 1.2 role not recorded, 1.3 skipped, 1.5 without output. */
export const caseB = (): CaseEvent[] =>
  play([
    startHistoricalCase('case-B', wib('2025-03-03T08:00')),
    paperStep('1.1', 'STAF', wib('2025-03-03T12:00'), { kelengkapanChecked: [] }),
    paperStep('1.2', null, wib('2025-03-04T10:00')),
    paperStep('1.4', 'KEPALA_DINAS', wib('2025-03-05T10:00')),
    paperStep('1.5', 'STAF', wib('2025-03-05T11:00'), { outputProduced: false }),
  ]);

/** Case C, from paper: 1.4 signed before 1.3 was done (out of order). */
export const caseC = (): CaseEvent[] =>
  play([
    startHistoricalCase('case-C', wib('2025-03-03T08:00')),
    paperStep('1.1', 'KASI', wib('2025-03-03T12:00')),
    paperStep('1.2', 'STAF', wib('2025-03-04T10:00')),
    paperStep('1.4', 'KEPALA_DINAS', wib('2025-03-04T14:00')),
    paperStep('1.3', 'KEPALA_BIDANG', wib('2025-03-05T09:00'), { decision: 'ya' }),
    paperStep('1.5', 'STAF', wib('2025-03-05T11:00')),
  ]);

/** Case D, from paper: 1.2 typed twice without a correction in between (an extra execution). */
export const caseD = (): CaseEvent[] =>
  play([
    startHistoricalCase('case-D', wib('2025-03-03T08:00')),
    paperStep('1.1', 'KASI', wib('2025-03-03T12:00')),
    paperStep('1.2', 'STAF', wib('2025-03-04T10:00')),
    paperStep('1.2', 'STAF', wib('2025-03-04T11:00')),
    paperStep('1.3', 'KEPALA_BIDANG', wib('2025-03-04T13:00'), { decision: 'ya' }),
    paperStep('1.4', 'KEPALA_DINAS', wib('2025-03-05T10:00')),
    paperStep('1.5', 'STAF', wib('2025-03-05T11:00')),
  ]);

/** Case O, live and open: 1.1 done, 1.2 in progress. */
export const caseOpen = (): CaseEvent[] =>
  play([
    startCase('case-O', wib('2025-03-03T08:00')),
    ...liveStep('1.1', kasi, wib('2025-03-03T08:30'), wib('2025-03-03T14:00')),
    { type: 'StartStep', stepKey: '1.2', actor: staf, at: wib('2025-03-03T14:30') },
  ]);

/** Case X, live, 1.1 finished late, then cancelled at 1.2. */
export const caseCancelled = (): CaseEvent[] =>
  play([
    startCase('case-X', wib('2025-03-03T08:00')),
    ...liveStep('1.1', kasi, wib('2025-03-03T09:00'), wib('2025-03-04T09:00')),
    { type: 'CancelCase', reason: 'Kegiatan ditunda', actor: sekretaris, at: wib('2025-03-04T10:00') },
  ]);
