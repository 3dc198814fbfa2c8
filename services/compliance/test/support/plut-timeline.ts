/**
 * The PLUT case of the e2e test, step by step, in WIB wall-clock times (Kalimantan Barat is WIB), February 2026.
 * Each step is started when the previous one finished, then completed (and decided) at `done`.
 * Mon 16 Feb (cuti bersama Imlek) and Tue 17 Feb (Tahun Baru Imlek) are holidays in the default calendar.
 */
export type PlutUser = 'kabid' | 'kasi' | 'staf' | 'sekretaris' | 'kadis' | 'petugas';

export interface PlutStep {
  no: number;
  by: PlutUser;
  /** Completion (and, for a decision step, the decision), WIB `YYYY-MM-DDTHH:mm`. */
  done: string;
  decision?: 'ya' | 'tidak';
  /** Kelengkapan checked; default: all the step's kelengkapan. */
  kelengkapan?: string[];
  outputProduced?: boolean;
}

export const PLUT_CASE_START = '2026-02-02T08:00';

export const PLUT_TIMELINE: PlutStep[] = [
  { no: 1, by: 'kabid', done: '2026-02-02T10:00', kelengkapan: [] },
  { no: 2, by: 'kasi', done: '2026-02-03T12:00' },
  { no: 3, by: 'staf', done: '2026-02-03T15:00' },
  { no: 4, by: 'kasi', done: '2026-02-04T09:00', decision: 'ya' },
  { no: 5, by: 'kabid', done: '2026-02-04T11:00', decision: 'ya' },
  { no: 6, by: 'sekretaris', done: '2026-02-04T14:00' },
  { no: 7, by: 'kadis', done: '2026-02-05T09:00', decision: 'tidak' },
  { no: 5, by: 'kabid', done: '2026-02-05T13:00', decision: 'ya' },
  { no: 6, by: 'sekretaris', done: '2026-02-06T10:00' },
  { no: 7, by: 'kadis', done: '2026-02-09T11:00', decision: 'ya' },
  { no: 8, by: 'kabid', done: '2026-02-09T14:00' },
  { no: 9, by: 'kasi', done: '2026-02-10T10:00' },
  { no: 10, by: 'staf', done: '2026-02-10T15:00' },
  { no: 11, by: 'kasi', done: '2026-02-11T08:30', decision: 'ya' },
  { no: 12, by: 'kabid', done: '2026-02-11T10:00', decision: 'ya' },
  { no: 13, by: 'sekretaris', done: '2026-02-11T11:00' },
  { no: 14, by: 'kadis', done: '2026-02-11T13:00', decision: 'ya' },
  { no: 15, by: 'kabid', done: '2026-02-11T14:00' },
  { no: 16, by: 'kasi', done: '2026-02-11T15:00', outputProduced: false },
  { no: 17, by: 'staf', done: '2026-02-12T09:00' },
  { no: 18, by: 'kasi', done: '2026-02-12T12:00' },
  { no: 19, by: 'kabid', done: '2026-02-12T14:00' },
  { no: 20, by: 'kasi', done: '2026-02-13T10:00' },
  { no: 21, by: 'petugas', done: '2026-02-13T12:00' },
  { no: 22, by: 'kabid', done: '2026-02-13T13:00', decision: 'ya' },
  { no: 23, by: 'kadis', done: '2026-02-18T09:00', decision: 'ya' },
  { no: 24, by: 'kabid', done: '2026-02-18T10:00' },
  { no: 25, by: 'staf', done: '2026-02-19T15:00' },
  { no: 26, by: 'kabid', done: '2026-02-20T08:00' },
  { no: 27, by: 'petugas', done: '2026-02-23T09:00' },
  { no: 28, by: 'staf', done: '2026-02-23T11:00' },
];

/** Instant of a WIB wall-clock time. */
export const wib = (local: string): string => new Date(`${local}:00+07:00`).toISOString();
