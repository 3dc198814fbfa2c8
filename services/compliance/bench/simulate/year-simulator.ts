import { SopVersionEffective, SOURCES, type IntegrationEvent, type SopVersionEffectiveV1 } from '@jejak/contracts';
import type { NewEvent } from '@jejak/event-store';
import { makeIntegrationEvent } from '@jejak/messaging';
import { hariOfIsoWeekday, resolveTimeZone, standardOf, type DinasCalendar } from '@jejak/working-time';
import { DateTime } from 'luxon';
import { v5 as uuidv5 } from 'uuid';
import type { DinasCalendarChanged } from '../../src/domain/dinas-calendar/dinas-calendar.events';
import { dinasCalendarStream } from '../../src/domain/dinas-calendar/dinas-calendar.decider';
import { caseStream } from '../../src/cases/case.streams';
import { buildSopFlow, createCaseDecider, type CaseEvent, type RoleMapping } from '../../src/domain';
import { complianceSopStream } from '../../src/inbox/compliance-inbox.streams';
import type { RecordedIntegrationData } from '../../src/inbox/integration-event-recorder';
import { simulateCase } from './case-simulator';
import { OfficeClock } from './office-clock';
import { Prng } from './prng';
import { SIMULATION_NAMESPACE, type SimulatedSop } from './seed-sops';
import { simulationRoleMapping, type SimulationDinas } from './simulation.config';

/**
 * A year of SOP cases in the three dinas, as the log compliance would hold: the catalogue's SOP facts (recorded the
 * way compliance's inbox records them), each dinas's calendar, and every command of every case decided by the case
 * decider, in the order they were recorded. Pure: SOP contents, calendars and a seed in, the same appends out.
 */

export interface SimulationInput {
  /** Same seed, same simulation (ids, times and all). */
  seed: string;
  /** Cases arrive during this calendar year. */
  year: number;
  dinas: readonly SimulationDinas[];
  sops: readonly SimulatedSop[];
  /** Multiplies every SOP's cases per month; default 1. */
  scale?: number;
}

export type AppendKind = 'sop-fact' | 'calendar' | 'case';

/** One append to the compliance log: what the writer stores, in this order. */
export interface SimulatedAppend {
  /** When it was recorded (ISO); the events' recordedAt. */
  at: string;
  stream: string;
  /** The stream's revision before the append; -1 for a new stream. */
  expectedRevision: number;
  tenant: string;
  kind: AppendKind;
  events: NewEvent[];
}

export interface SimulatedCase {
  caseId: string;
  tenant: string;
  sopId: string;
  status: 'completed' | 'cancelled' | 'open';
  origin: 'live' | 'historical';
  events: number;
  reworkLoops: number;
}

export interface DinasSummary {
  tenant: string;
  nama: string;
  sops: number;
  cases: number;
  completed: number;
  cancelled: number;
  open: number;
  /** Cases entered from paper agenda books after go-live. */
  historical: number;
  /** Cases run on paper before go-live that were never entered. */
  notEntered: number;
  events: number;
}

export interface Simulation {
  seed: string;
  year: number;
  /** Nothing happens after this instant. */
  asOf: string;
  /** The mapping the simulated staff worked under (defaults plus rules for the seeds' pelaksana texts). */
  roleMapping: RoleMapping;
  appends: SimulatedAppend[];
  cases: SimulatedCase[];
  dinas: DinasSummary[];
  events: number;
}

/** Relative arrivals per month: quiet January (budgets not yet released), Lebaran in spring, year-end closing. */
export const SEASONALITY: readonly number[] = [0.7, 0.9, 1.0, 0.75, 1.0, 1.05, 1.1, 1.1, 1.05, 1.1, 1.05, 0.8];

const OFFICE_MINUTES_PER: Record<string, number> = { menit: 1, jam: 60, hari: 450, minggu: 2250, bulan: 9000 };

/** Cases per month of an SOP before volume and season: quick services often, long procedures rarely. */
export function baseCasesPerMonth(sop: SimulatedSop): number {
  const effort = sop.content.procedures
    .flatMap((p) => p.steps)
    .reduce((sum, step) => {
      const standard = standardOf(step.mutuBaku.waktu);
      return sum + (standard ? standard.amount * OFFICE_MINUTES_PER[standard.unit] : 60);
    }, 0);
  if (effort <= 300) return 12;
  if (effort <= 2700) return 6;
  if (effort <= 9000) return 3.5;
  return 2;
}

const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** An arrival instant on a working day of the month, during office hours, mornings more likely. */
function arrival(calendar: DinasCalendar, zone: string, workingDays: readonly string[], rng: Prng): number {
  const date = rng.pick(workingDays);
  const day = DateTime.fromISO(date, { zone });
  const hours = calendar.officeHours[hariOfIsoWeekday(day.weekday)];
  if (!hours) throw new Error(`no office hours on ${date}`);
  const open = clock(hours.start);
  const close = clock(hours.end);
  let minute = open + Math.floor(Math.min(rng.next(), rng.next()) * Math.max(30, close - open - 45));
  if (hours.break && minute >= clock(hours.break.start) && minute < clock(hours.break.end)) minute = clock(hours.break.end) + rng.int(0, 20);
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: rng.int(0, 59) }).toMillis();
}

function workingDaysOf(clock: OfficeClock, year: number, month: number): string[] {
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  return clock.workingDates().filter((d) => d.startsWith(prefix));
}

const eventId = (seed: string, stream: string, revision: number) => uuidv5(`event\n${seed}\n${stream}\n${revision}`, SIMULATION_NAMESPACE);

/** The catalogue's `jejak.sop.version-effective.v1`, as compliance's inbox records it in `sop-<sopId>`. */
function sopFact(seed: string, sop: SimulatedSop, unit: string): SimulatedAppend {
  const zone = 'Asia/Jakarta';
  const time = DateTime.fromISO(sop.effectiveFrom, { zone }).toUTC().toISO() as string;
  const id = uuidv5(`fact\n${seed}\n${sop.sopId}\n${sop.version}`, SIMULATION_NAMESPACE);
  const payload = {
    sopId: sop.sopId,
    version: sop.version,
    tenant: sop.tenant,
    unit,
    nomor: sop.content.identity.nomor,
    nama: sop.content.identity.nama,
    effectiveFrom: sop.effectiveFrom,
    supersedesVersion: null,
    content: sop.content,
  } as SopVersionEffectiveV1;
  const event: IntegrationEvent<SopVersionEffectiveV1> = makeIntegrationEvent(SopVersionEffective, {
    id,
    source: SOURCES.sopCatalogue,
    subject: sop.sopId,
    time,
    tenant: sop.tenant,
    correlationId: uuidv5(`correlation\n${id}`, SIMULATION_NAMESPACE),
    data: payload,
  });
  const data: RecordedIntegrationData = { source: event.source, subject: event.subject, time: event.time, payload: { ...event.data } };
  return {
    at: time,
    stream: complianceSopStream(sop.sopId),
    expectedRevision: -1,
    tenant: sop.tenant,
    kind: 'sop-fact',
    events: [
      {
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaversion,
        data,
        metadata: { tenant: event.tenant, actor: { userId: `system:${event.source}`, role: 'SYSTEM' }, correlationId: event.correlationid, causationId: event.id },
      },
    ],
  };
}

/** The dinas's calendar as its administrator sets it, before the year starts. */
function calendarFact(seed: string, dinas: SimulationDinas, calendar: DinasCalendar, year: number): SimulatedAppend {
  const zone = resolveTimeZone(calendar.timeZone);
  const at = DateTime.fromObject({ year: year - 1, month: 12, day: 30, hour: 9 }, { zone }).toUTC().toISO() as string;
  const stream = dinasCalendarStream(dinas.tenant);
  const event: DinasCalendarChanged = { type: 'DinasCalendarChanged', data: { tenant: dinas.tenant, calendar, change: 'calendar_set', year: null, changedAt: at } };
  return {
    at,
    stream,
    expectedRevision: -1,
    tenant: dinas.tenant,
    kind: 'calendar',
    events: [
      {
        id: eventId(seed, stream, 0),
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata: { tenant: dinas.tenant, actor: { userId: `${dinas.tenant}-sekretaris-1`, role: 'SEKRETARIS' }, correlationId: uuidv5(`correlation\n${stream}`, SIMULATION_NAMESPACE) },
      },
    ],
  };
}

interface Keyed {
  at: number;
  order: number;
  append: SimulatedAppend;
}

/** Simulates the year. Throws if the decider refuses any command (the generator would be wrong, not the domain). */
export function simulateYear(input: SimulationInput): Simulation {
  const scale = input.scale ?? 1;
  const root = new Prng(`jejak-simulation/${input.seed}`);
  const roleMapping = simulationRoleMapping(input.sops.flatMap((s) => s.content.procedures.flatMap((p) => p.steps.flatMap((step) => step.pelaksana))));
  const decider = createCaseDecider(roleMapping);
  const keyed: Keyed[] = [];
  const cases: SimulatedCase[] = [];
  const summaries: DinasSummary[] = [];
  let order = 0;
  let asOf = 0;

  for (const dinas of input.dinas) {
    const calendar = dinas.calendar();
    const zone = resolveTimeZone(calendar.timeZone);
    const sops = input.sops.filter((s) => s.tenant === dinas.tenant);
    const summary: DinasSummary = { tenant: dinas.tenant, nama: dinas.nama, sops: sops.length, cases: 0, completed: 0, cancelled: 0, open: 0, historical: 0, notEntered: 0, events: 0 };
    summaries.push(summary);
    const dinasRng = root.fork(dinas.tenant);
    const yearStart = DateTime.fromObject({ year: input.year, month: 1, day: 1 }, { zone }).toMillis();
    const yearEnd = DateTime.fromObject({ year: input.year + 1, month: 1, day: 1 }, { zone }).toMillis() - 1;
    asOf = Math.max(asOf, yearEnd);
    const goLive = DateTime.fromISO(dinas.profile.goLive, { zone }).set({ hour: 8 }).toMillis();
    const clock = new OfficeClock(calendar, input.year - 1, input.year + 2);
    const months = Array.from({ length: 12 }, (_, i) => workingDaysOf(clock, input.year, i + 1));

    const calendarAppend = calendarFact(input.seed, dinas, calendar, input.year);
    keyed.push({ at: Date.parse(calendarAppend.at), order: order++, append: calendarAppend });
    for (const sop of sops) {
      const fact = sopFact(input.seed, sop, sop.content.identity.unit);
      keyed.push({ at: Date.parse(fact.at), order: order++, append: fact });
    }

    for (const sop of sops) {
      const sopRng = dinasRng.fork(sop.sopId);
      const perMonth = baseCasesPerMonth(sop) * sopRng.between(0.7, 1.3) * dinas.profile.volume * scale;
      const flow = buildSopFlow(sop.content);
      const bottlenecks = new Set<string>();
      for (let i = 0; i < Math.min(dinas.profile.bottleneckSteps, flow.steps.length); i += 1) bottlenecks.add(sopRng.pick(flow.steps).key);
      const runnable = sop.content.procedures.map((p, i) => ({ p, i })).filter(({ p }) => p.steps.length > 0);
      const effective = Math.max(yearStart, DateTime.fromISO(sop.effectiveFrom, { zone }).toMillis());

      for (let month = 1; month <= 12; month += 1) {
        const monthRng = sopRng.fork(`month-${month}`);
        const days = months[month - 1].filter((d) => DateTime.fromISO(d, { zone }).endOf('day').toMillis() >= effective);
        if (days.length === 0) continue;
        const count = monthRng.poisson(perMonth * SEASONALITY[month - 1]);
        for (let n = 0; n < count; n += 1) {
          const rng = monthRng.fork(`case-${n}`);
          const startAt = Math.max(arrival(calendar, zone, days, rng), effective);
          let importAt: number | null = null;
          if (startAt < goLive) {
            if (!rng.chance(dinas.profile.paperImportShare)) {
              summary.notEntered += 1;
              continue;
            }
            importAt = clock.add(goLive, { amount: rng.between(0, 15), unit: 'hari' });
          }
          const caseId = uuidv5(`case\n${input.seed}\n${sop.sopId}\n${month}\n${n}`, SIMULATION_NAMESPACE);
          const procedureIndex = sop.content.procedures.length > 1 ? rng.pick(runnable).i : null;
          const outcome = simulateCase({
            caseId,
            tenant: dinas.tenant,
            sop,
            procedureIndex,
            startAt,
            clock,
            mapping: roleMapping,
            decider,
            profile: dinas.profile,
            staff: dinas.staff,
            bottlenecks,
            importAt,
            paperSource: `Buku Agenda ${sop.content.identity.unit || 'Sekretariat'} ${input.year}, hlm. ${rng.int(1, 180)}`,
            asOf: yearEnd,
            rng: rng.fork('run'),
          });
          if (outcome.commits.length === 0) continue;
          const stream = caseStream(caseId);
          const caseOrder = order++;
          let events = 0;
          outcome.commits.forEach((commit, i) => {
            const correlationId = uuidv5(`correlation\n${stream}\n${commit.expectedRevision}`, SIMULATION_NAMESPACE);
            const newEvents: NewEvent[] = commit.events.map((event: CaseEvent, k) => ({
              id: eventId(input.seed, stream, commit.expectedRevision + 1 + k),
              type: event.type,
              schemaVersion: 1,
              data: event.data,
              metadata: { tenant: dinas.tenant, actor: { userId: commit.issuer.userId, role: commit.issuer.role }, correlationId },
            }));
            events += newEvents.length;
            keyed.push({
              at: commit.at,
              order: caseOrder + i / (outcome.commits.length + 1),
              append: { at: new Date(commit.at).toISOString(), stream, expectedRevision: commit.expectedRevision, tenant: dinas.tenant, kind: 'case', events: newEvents },
            });
          });
          cases.push({ caseId, tenant: dinas.tenant, sopId: sop.sopId, status: outcome.status, origin: outcome.origin, events, reworkLoops: outcome.reworkLoops });
          summary.cases += 1;
          summary[outcome.status] += 1;
          if (outcome.origin === 'historical') summary.historical += 1;
          summary.events += events;
        }
      }
    }
  }

  keyed.sort((a, b) => a.at - b.at || a.order - b.order);
  const appends = keyed.map((k) => k.append);
  return {
    seed: input.seed,
    year: input.year,
    asOf: new Date(asOf).toISOString(),
    roleMapping,
    appends,
    cases,
    dinas: summaries,
    events: appends.reduce((sum, a) => sum + a.events.length, 0),
  };
}
