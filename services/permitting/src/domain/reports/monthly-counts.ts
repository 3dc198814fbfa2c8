import { outsideMilliseconds } from '../permit-application/permit-application.state';

/** What the monthly report needs of one application (from the read model). */
export interface ApplicationFacts {
  permitType: string;
  registeredAt: string;
  closedAt: string | null;
  outcome: 'issued' | 'refused' | 'withdrawn' | null;
  deficiencyRounds: number;
  outsideSteps: readonly { startedAt: string; completedAt: string }[];
}

export interface PermitTypeMonth {
  permitType: string;
  /** Registered in the month. */
  received: number;
  /** Closed in the month, by outcome. */
  issued: number;
  refused: number;
  withdrawn: number;
  /** Deficiency rounds of the applications closed in the month. */
  deficiencyRounds: number;
  /** Medians over the permits issued in the month, in hours (elapsed minus outside time, and outside time). */
  medianDinasHours: number | null;
  medianOutsideHours: number | null;
}

const HOUR = 3_600_000;

/** The local month (YYYY-MM) of an instant, at a fixed UTC offset in minutes (WIB = 420). */
export const localMonth = (instant: string, offsetMinutes: number): string => new Date(Date.parse(instant) + offsetMinutes * 60_000).toISOString().slice(0, 7);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round((m / HOUR) * 100) / 100;
}

/** Pure: per permit type, the counts of one month of one dinas, permit types in alphabetical order. */
export function monthlyCounts(rows: readonly ApplicationFacts[], month: string, offsetMinutes: number): PermitTypeMonth[] {
  const byType = new Map<string, { received: number; issued: number; refused: number; withdrawn: number; rounds: number; dinas: number[]; outside: number[] }>();
  const entry = (t: string) => {
    let e = byType.get(t);
    if (!e) byType.set(t, (e = { received: 0, issued: 0, refused: 0, withdrawn: 0, rounds: 0, dinas: [], outside: [] }));
    return e;
  };
  for (const row of rows) {
    if (localMonth(row.registeredAt, offsetMinutes) === month) entry(row.permitType).received += 1;
    if (row.closedAt && row.outcome && localMonth(row.closedAt, offsetMinutes) === month) {
      const e = entry(row.permitType);
      e[row.outcome] += 1;
      e.rounds += row.deficiencyRounds;
      if (row.outcome === 'issued') {
        const outside = outsideMilliseconds(row.outsideSteps);
        e.outside.push(outside);
        e.dinas.push(Math.max(0, Date.parse(row.closedAt) - Date.parse(row.registeredAt) - outside));
      }
    }
  }
  return [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([permitType, e]) => ({
    permitType, received: e.received, issued: e.issued, refused: e.refused, withdrawn: e.withdrawn, deficiencyRounds: e.rounds,
    medianDinasHours: median(e.dinas), medianOutsideHours: median(e.outside),
  }));
}
