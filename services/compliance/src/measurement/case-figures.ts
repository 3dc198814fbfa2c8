import { frozenCalendar, type DinasCalendar } from '@jejak/working-time';
import { aggregateCases, openCasesOverdue, type CaseAggregates } from '../domain';
import { defaultCalendarFor } from '../domain/dinas-calendar/dinas-calendar.defaults';
import type { MeasuredCase } from './measured-cases.loader';

/**
 * Figures over measured cases, possibly of several dinas: each dinas's open cases are judged overdue against its own
 * calendar (the rest of the figures are already in working time, per case).
 */
export function figuresOf(cases: readonly MeasuredCase[], calendars: ReadonlyMap<string, DinasCalendar>, asOf: string): CaseAggregates {
  const tenants = [...new Set(cases.map((c) => c.tenant))].sort();
  const calendarOf = (tenant: string) => calendars.get(tenant) ?? frozenCalendar(defaultCalendarFor(tenant));
  const figures = aggregateCases(cases.map((c) => c.measurement), calendarOf(tenants[0] ?? '35'), asOf);
  if (tenants.length <= 1) return figures;
  const overdue = tenants
    .flatMap((t) => openCasesOverdue(cases.filter((c) => c.tenant === t).map((c) => c.measurement), calendarOf(t), asOf))
    .sort((a, b) => b.overByOfficeMinutes - a.overByOfficeMinutes || a.caseId.localeCompare(b.caseId));
  return { ...figures, overdue };
}
