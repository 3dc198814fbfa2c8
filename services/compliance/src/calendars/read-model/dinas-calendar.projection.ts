import type { RecordedEvent } from '@jejak/event-store';
import { frozenCalendar, type DinasCalendar } from '@jejak/working-time';
import type { EntityManager } from 'typeorm';
import { defaultCalendarFor } from '../../domain/dinas-calendar/dinas-calendar.defaults';
import { dinasCalendarEventTypes } from '../../domain/dinas-calendar/dinas-calendar.events';

/** Stores the dinas's calendar as the event says it is from now on. */
export async function applyDinasCalendarChanged(m: EntityManager, event: RecordedEvent): Promise<string> {
  const { data: d } = dinasCalendarEventTypes.read(event);
  await m.query(
    `INSERT INTO dinas_calendars (tenant, calendar, changed_at) VALUES ($1, $2, $3)
     ON CONFLICT (tenant) DO UPDATE SET calendar = $2, changed_at = $3`,
    [d.tenant, JSON.stringify(d.calendar), d.changedAt],
  );
  return d.tenant;
}

/** The calendar of a dinas in the read model, or its default (frozen: it is measured against many times). */
export async function projectedCalendarOf(m: Pick<EntityManager, 'query'>, tenant: string): Promise<DinasCalendar> {
  const rows: { calendar: DinasCalendar }[] = await m.query(`SELECT calendar FROM dinas_calendars WHERE tenant = $1`, [tenant]);
  return frozenCalendar(rows[0]?.calendar ?? defaultCalendarFor(tenant));
}
