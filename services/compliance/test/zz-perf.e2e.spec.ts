import { EVENT_STORE, PostgresEventStore } from '@jejak/event-store';
import { testServiceConfig } from '@jejak/service-kit/testing';
import { rebuildComplianceReadModels } from '../src/cli/compliance-rebuild';
import type { CaseCommand, PlatformRole } from '../src/domain';
import { play } from '../src/domain/testing/decider-spec';
import { startComplianceTestApp } from './support/compliance-test-app';
import { kalbarPlutFromSeed } from './support/kalbar-plut.seed';
import { PLUT_CASE_START, PLUT_TIMELINE, wib } from './support/plut-timeline';

const ROLE: Record<string, PlatformRole> = { kabid: 'KEPALA_BIDANG', kasi: 'KASI', staf: 'STAF', sekretaris: 'SEKRETARIS', kadis: 'KEPALA_DINAS', petugas: 'PETUGAS' };
it('perf', async () => {
  const t = await startComplianceTestApp('compliance_perf', wib('2026-03-01T08:00'));
  const content = kalbarPlutFromSeed();
  const store = t.app.get(EVENT_STORE) as PostgresEventStore;
  const N = 300;
  for (let i = 0; i < N; i++) {
    const caseId = `00000000-0000-4000-9000-${i.toString().padStart(12, '0')}`;
    const commands: CaseCommand[] = [{ type: 'StartCase', caseId, sop: { sopId: 's', version: 1, content }, procedureIndex: null, origin: { kind: 'live' }, actor: { userId: 'u', roles: ['STAF'] }, at: wib(PLUT_CASE_START) }];
    let prev = wib(PLUT_CASE_START);
    for (const s of PLUT_TIMELINE) {
      const actor = { userId: s.by, roles: [ROLE[s.by]] };
      const key = `1.${s.no}`;
      commands.push({ type: 'StartStep', stepKey: key, actor, at: prev });
      commands.push({ type: 'CompleteStep', stepKey: key, kelengkapanChecked: [], outputProduced: true, documentRef: null, actor, at: wib(s.done) });
      if (s.decision) commands.push({ type: 'TakeDecision', stepKey: key, answer: s.decision, actor, at: wib(s.done) });
      prev = wib(s.done);
    }
    const events = play(commands);
    await store.append(`case-${caseId}`, events.map((e) => ({ type: e.type, data: e.data, metadata: { tenant: '61', actor: { userId: 'u', role: 'STAF' }, correlationId: 'c' } })));
  }
  let started = Date.now();
  await t.settle();
  console.log('live projection', Date.now() - started, 'ms');
  started = Date.now();
  const r = await rebuildComplianceReadModels(testServiceConfig('compliance', t.db.url));
  console.log('rebuild', r.processed, 'events', r.seconds, 's', r.eventsPerSecond, 'ev/s', Date.now() - started);
  await t.close();
}, 300000);
