import { createHash } from 'node:crypto';
import type { SopContent } from '@jejak/contracts';
import { hariOfIsoWeekday, resolveTimeZone, type DinasCalendar } from '@jejak/working-time';
import { DateTime } from 'luxon';
import {
  aggregateCases,
  caseFactsFrom,
  createCaseDecider,
  evolveCase,
  initialCaseState,
  measureCase,
  pelaksanaOf,
  type CaseEvent,
  type CaseMeasurement,
  type CaseState,
} from '../../src/domain';
import { findSeedsDir } from './seed-sops';
import { SIMULATION_DINAS } from './simulation.config';
import { prepareSimulation, repoRoot } from './simulation.setup';
import { fixtureInput } from './testing/simulation.fixtures';
import { simulateYear, type Simulation } from './year-simulator';

const digest = (simulation: Simulation) => createHash('sha256').update(JSON.stringify(simulation)).digest('hex');

/** The case streams of a simulation: events in log order, with the revisions each append expected. */
function caseStreams(simulation: Simulation): Map<string, { tenant: string; events: CaseEvent[]; expected: number[]; at: string[] }> {
  const streams = new Map<string, { tenant: string; events: CaseEvent[]; expected: number[]; at: string[] }>();
  for (const append of simulation.appends.filter((a) => a.kind === 'case')) {
    const stream = streams.get(append.stream) ?? { tenant: append.tenant, events: [], expected: [], at: [] };
    streams.set(append.stream, stream);
    stream.expected.push(append.expectedRevision);
    stream.at.push(append.at);
    for (const event of append.events) stream.events.push({ type: event.type, data: event.data } as CaseEvent);
  }
  return streams;
}

const calendars = new Map(SIMULATION_DINAS.map((d) => [d.tenant, d.calendar()]));

/** Whether the dinas's office is open at `iso` (its closing minute included), by its own calendar data. */
function inOfficeHours(calendar: DinasCalendar, iso: string): boolean {
  const local = DateTime.fromISO(iso, { zone: resolveTimeZone(calendar.timeZone) });
  const date = local.toISODate() as string;
  const closed = calendar.holidays.some((y) => y.holidays.some((h) => h.date === date && calendar.closedOn.includes(h.kind)));
  const hari = hariOfIsoWeekday(local.weekday);
  const hours = calendar.officeHours[hari];
  if (closed || !calendar.workingDays.includes(hari) || !hours) return false;
  const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
  const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  if (minute < at(hours.start) || minute > at(hours.end)) return false;
  return !(hours.break && minute > at(hours.break.start) && minute < at(hours.break.end));
}

/** The instants at which people did something in a case (live) or recorded it. */
function workInstants(event: CaseEvent): string[] {
  switch (event.type) {
    case 'CaseStarted':
      return event.data.origin === 'live' ? [event.data.startedAt] : [event.data.recordedAt];
    case 'StepStarted':
      return [event.data.startedAt];
    case 'StepCompleted':
      return [event.data.completedAt];
    case 'DecisionTaken':
      return [event.data.decidedAt];
    case 'CaseCancelled':
      return [event.data.cancelledAt];
    case 'HistoricalStepRecorded':
      return [event.data.recordedAt, event.data.completedAt, ...(event.data.startedAt ? [event.data.startedAt] : [])];
    case 'CaseLoopedBack':
    case 'CaseCompleted':
      return [];
  }
}

function measureAll(simulation: Simulation): CaseMeasurement[] {
  return [...caseStreams(simulation).values()].map(({ tenant, events }) => {
    const started = events[0] as Extract<CaseEvent, { type: 'CaseStarted' }>;
    return measureCase({ facts: caseFactsFrom(events), content: started.data.content as SopContent, calendar: calendars.get(tenant) as DinasCalendar, roleMapping: simulation.roleMapping });
  });
}

describe('simulateYear (over the domain fixtures)', () => {
  const simulation = simulateYear(fixtureInput('7'));

  it('is deterministic: the same seed gives the same log, another seed another one', () => {
    expect(digest(simulateYear(fixtureInput('7')))).toBe(digest(simulation));
    expect(digest(simulateYear(fixtureInput('8')))).not.toBe(digest(simulation));
  });

  it('simulates the three dinas', () => {
    expect(simulation.dinas.map((d) => d.tenant)).toEqual(['35', '61', '35.01']);
    for (const d of simulation.dinas) expect(d.cases).toBeGreaterThan(10);
    expect(simulation.events).toBe(simulation.appends.reduce((n, a) => n + a.events.length, 0));
    expect(simulation.asOf).toBe('2025-12-31T16:59:59.999Z');
  });

  it('starts the log with the calendars and the SOP facts recorded as compliance records them', () => {
    const setup = simulation.appends.filter((a) => a.kind !== 'case');
    expect(setup.map((a) => a.kind).sort()).toEqual(['calendar', 'calendar', 'calendar', 'sop-fact', 'sop-fact', 'sop-fact']);
    const fact = setup.find((a) => a.kind === 'sop-fact' && a.tenant === '61')!;
    expect(fact.stream).toMatch(/^sop-[0-9a-f-]{36}$/);
    expect(fact.events[0]).toMatchObject({
      type: 'jejak.sop.version-effective.v1',
      schemaVersion: 1,
      data: { source: '/jejak/sop-catalogue', time: '2020-07-21T17:00:00.000Z', payload: { version: 1, tenant: '61', effectiveFrom: '2020-07-22', nama: 'Penerbitan SK Panitia Kegiatan PLUT' } },
      metadata: { tenant: '61', actor: { userId: 'system:/jejak/sop-catalogue', role: 'SYSTEM' } },
    });
    expect(fact.events[0].metadata.causationId).toBe(fact.events[0].id);
    const calendar = setup.find((a) => a.kind === 'calendar' && a.tenant === '61')!;
    expect(calendar).toMatchObject({ stream: 'calendar-61', events: [{ type: 'DinasCalendarChanged', data: { tenant: '61', change: 'calendar_set', calendar: { timeZone: 'Asia/Pontianak' } } }] });
    const firstCase = simulation.appends.findIndex((a) => a.kind === 'case');
    expect(simulation.appends.slice(firstCase).some((a) => a.kind !== 'case')).toBe(false);
  });

  it('writes a valid log: every case stream folds, revisions follow on, times never go back', () => {
    const appendsAt = simulation.appends.map((a) => Date.parse(a.at));
    expect(appendsAt.every((t, i) => i === 0 || t >= appendsAt[i - 1])).toBe(true);
    const ids = simulation.appends.flatMap((a) => a.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [stream, { events, expected, at }] of caseStreams(simulation)) {
      expect(stream).toMatch(/^case-[0-9a-f-]{36}$/);
      expect(events[0].type).toBe('CaseStarted');
      // Each append expects the revision the previous ones left.
      let revision = -1;
      const sizes = simulation.appends.filter((a) => a.stream === stream).map((a) => a.events.length);
      expected.forEach((e, i) => {
        expect(e).toBe(revision);
        revision += sizes[i];
      });
      expect(at.every((t, i) => i === 0 || t >= at[i - 1])).toBe(true);
      const state = events.reduce<CaseState>((s, e) => evolveCase(s, e), initialCaseState());
      expect(state.stage).not.toBe('not_started');
    }
  });

  it('replays through the case decider: live steps are done by their pelaksana, in order', () => {
    const decider = createCaseDecider(simulation.roleMapping);
    for (const { events } of caseStreams(simulation).values()) {
      let state = decider.initialState();
      for (const event of events) {
        if (event.type === 'StepStarted') {
          expect(state.stage).toBe('ready');
          expect(state.stage === 'ready' && state.stepKey).toBe(event.data.stepKey);
          const content = (events[0] as Extract<CaseEvent, { type: 'CaseStarted' }>).data.content;
          const step = content.procedures[event.data.procedureIndex].steps.find((s) => s.no === event.data.stepNo)!;
          const pelaksana = pelaksanaOf(simulation.roleMapping, step);
          expect(pelaksana.kind === 'unmapped' ? [] : pelaksana.roles).toContain(event.data.actor.role);
        }
        state = decider.evolve(state, event);
      }
    }
  });

  it('respects each dinas calendar: work and records happen in office hours on working days', () => {
    let checked = 0;
    for (const { tenant, events } of caseStreams(simulation).values()) {
      const calendar = calendars.get(tenant)!;
      for (const event of events) {
        for (const instant of workInstants(event)) {
          if (!inOfficeHours(calendar, instant)) throw new Error(`${event.type} at ${instant} is outside office hours of dinas ${tenant}`);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('is realistic: late steps, rework, missing kelengkapan, paper records out of role, open and cancelled cases', () => {
    const measurements = measureAll(simulation);
    const figures = aggregateCases(measurements, calendars.get('35')!, simulation.asOf);
    expect(figures.timeliness.late).toBeGreaterThan(0);
    // Mostly on time, not always.
    expect(figures.timeliness.rate!).toBeGreaterThan(0.6);
    expect(figures.timeliness.rate!).toBeLessThan(0.97);
    expect(figures.rework.loops).toBeGreaterThan(0);
    const deviations = figures.steps.reduce<Record<string, number>>((sum, s) => {
      for (const [kind, n] of Object.entries(s.deviations)) sum[kind] = (sum[kind] ?? 0) + n;
      return sum;
    }, {});
    expect(deviations.kelengkapan_missing).toBeGreaterThan(0);
    expect(deviations.not_pelaksana).toBeGreaterThan(0);
    expect(figures.cases.open).toBeGreaterThan(0);
    expect(figures.cases.cancelled).toBeGreaterThan(0);
    expect(simulation.cases.some((c) => c.origin === 'historical')).toBe(true);
    expect(simulation.cases.filter((c) => c.origin === 'historical').length).toBeLessThan(simulation.cases.length / 2);
  });

  it('runs cases on paper before go-live and live after it', () => {
    for (const dinas of SIMULATION_DINAS) {
      const goLive = DateTime.fromISO(dinas.profile.goLive, { zone: 'Asia/Jakarta' }).toMillis();
      for (const { tenant, events } of caseStreams(simulation).values()) {
        if (tenant !== dinas.tenant) continue;
        const started = events[0] as Extract<CaseEvent, { type: 'CaseStarted' }>;
        if (started.data.origin === 'live') expect(Date.parse(started.data.startedAt)).toBeGreaterThanOrEqual(goLive);
        else expect(Date.parse(started.data.startedAt)).toBeLessThan(goLive);
      }
    }
  });

  it('scales the number of cases', () => {
    const small = simulateYear(fixtureInput('7', 0.5));
    expect(small.cases.length).toBeLessThan(simulation.cases.length / 2);
  });
});

describe('simulateYear over the imported seed SOPs (docs/seeds)', () => {
  it('runs every dinas on its own SOPs and writes a valid log', () => {
    const seedsDir = findSeedsDir(repoRoot());
    expect(seedsDir).not.toBeNull();
    const { sops, simulation } = prepareSimulation({ seed: '1', year: 2025, scale: 0.15, seedsDir: seedsDir! });
    expect(new Set(sops.map((s) => s.tenant))).toEqual(new Set(['35', '61', '35.01']));
    for (const d of simulation.dinas) expect(d.cases).toBeGreaterThan(0);
    // Every case measures (the domain accepts the log), and nothing happens outside office hours.
    expect(measureAll(simulation).length).toBe(simulation.cases.length);
    for (const { tenant, events } of caseStreams(simulation).values()) {
      for (const event of events) for (const instant of workInstants(event)) expect([tenant, event.type, inOfficeHours(calendars.get(tenant)!, instant)]).toEqual([tenant, event.type, true]);
    }
  });
});
