import type { SopContent } from '@jejak/contracts';
import type { RecordedEvent } from '@jejak/event-store';
import type { DinasCalendar } from '@jejak/working-time';
import type { EntityManager } from 'typeorm';
import { projectedCalendarOf } from '../../calendars/read-model/dinas-calendar.projection';
import { CASE_EVENT_TYPES, caseEventTypes, caseFactsFrom, measureCase, type CaseEvent, type CaseStarted } from '../../domain';
import { writeCaseRows, type ProjectedCase } from './case-rows.writer';

export const CASE_PROJECTED_TYPES: readonly string[] = CASE_EVENT_TYPES;

/**
 * Projects case events within one batch: each case's events are appended to its row, and each case touched by the
 * batch is measured once, at the end, against its pinned SOP content and its dinas's calendar. Deterministic:
 * everything comes from the events (times included) and from tables the same log fed.
 */
export class CaseProjectionBatch {
  private readonly cases = new Map<string, ProjectedCase>();
  private readonly dirty = new Set<string>();
  private readonly contents = new Map<string, SopContent>();
  private readonly calendars = new Map<string, DinasCalendar>();

  constructor(private readonly m: EntityManager) {}

  async add(event: RecordedEvent): Promise<void> {
    const caseEvent = caseEventTypes.read(event);
    const caseId = caseEvent.data.caseId;
    if (caseEvent.type === 'CaseStarted') {
      const { content, ...started } = caseEvent.data;
      const key = `${started.sopId}@${started.version}`;
      if (!this.contents.has(key)) {
        await this.m.query(`INSERT INTO case_sop_contents (sop_id, version, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          started.sopId, started.version, JSON.stringify(content),
        ]);
        this.contents.set(key, content);
      }
      const stripped = { ...started, content: null as unknown as SopContent };
      this.cases.set(caseId, { caseId, tenant: event.tenant, started: { ...stripped, content }, events: [{ type: 'CaseStarted', data: stripped }] });
    } else {
      const c = await this.load(caseId);
      if (!c) return; // a case event without its start cannot be measured
      c.events.push(caseEvent);
    }
    this.dirty.add(caseId);
  }

  /** Every case of the dinas is measured again (its calendar changed). */
  async remeasureTenant(tenant: string): Promise<void> {
    await this.flush();
    this.calendars.delete(tenant);
    const rows: { case_id: string }[] = await this.m.query(`SELECT case_id FROM cases WHERE tenant = $1 ORDER BY case_id`, [tenant]);
    for (const row of rows) if (await this.load(row.case_id)) this.dirty.add(row.case_id);
    await this.flush();
  }

  async flush(): Promise<void> {
    for (const caseId of [...this.dirty].sort()) {
      const c = this.cases.get(caseId);
      if (!c) continue;
      const content = await this.contentOf(c.started.sopId, c.started.version);
      const calendar = await this.calendarOf(c.tenant);
      const events = c.events.map((e) => (e.type === 'CaseStarted' ? { ...e, data: { ...(e.data as CaseStarted['data']), content } } : e)) as CaseEvent[];
      const facts = caseFactsFrom(events);
      const measurement = measureCase({ facts, content, calendar });
      await writeCaseRows(this.m, { ...c, started: { ...c.started, content } }, facts, measurement, calendar);
    }
    this.dirty.clear();
  }

  private async load(caseId: string): Promise<ProjectedCase | undefined> {
    const cached = this.cases.get(caseId);
    if (cached) return cached;
    const rows: { tenant: string; events: ProjectedCase['events'] }[] = await this.m.query(`SELECT tenant, events FROM cases WHERE case_id = $1`, [caseId]);
    if (rows.length === 0) return undefined;
    const started = rows[0].events[0].data as CaseStarted['data'];
    const c: ProjectedCase = { caseId, tenant: rows[0].tenant, started: { ...started, content: await this.contentOf(started.sopId, started.version) }, events: rows[0].events };
    this.cases.set(caseId, c);
    return c;
  }

  private async contentOf(sopId: string, version: number): Promise<SopContent> {
    const key = `${sopId}@${version}`;
    let content = this.contents.get(key);
    if (!content) {
      const rows: { content: SopContent }[] = await this.m.query(`SELECT content FROM case_sop_contents WHERE sop_id = $1 AND version = $2`, [sopId, version]);
      content = rows[0].content;
      this.contents.set(key, content);
    }
    return content;
  }

  private async calendarOf(tenant: string): Promise<DinasCalendar> {
    let calendar = this.calendars.get(tenant);
    if (!calendar) {
      calendar = await projectedCalendarOf(this.m, tenant);
      this.calendars.set(tenant, calendar);
    }
    return calendar;
  }
}
