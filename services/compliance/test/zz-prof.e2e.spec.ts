import { defaultCalendarFor } from '../src/calendars/dinas-calendar.defaults';
import { caseFactsFrom, measureCase, type CaseCommand, type PlatformRole } from '../src/domain';
import { play } from '../src/domain/testing/decider-spec';
import { kalbarPlutFromSeed } from './support/kalbar-plut.seed';
import { PLUT_CASE_START, PLUT_TIMELINE, wib } from './support/plut-timeline';

const ROLE: Record<string, PlatformRole> = { kabid: 'KEPALA_BIDANG', kasi: 'KASI', staf: 'STAF', sekretaris: 'SEKRETARIS', kadis: 'KEPALA_DINAS', petugas: 'PETUGAS' };
it('prof', () => {
  const content = kalbarPlutFromSeed();
  const commands: CaseCommand[] = [{ type: 'StartCase', caseId: 'x', sop: { sopId: 's', version: 1, content }, procedureIndex: null, origin: { kind: 'live' }, actor: { userId: 'u', roles: ['STAF'] }, at: wib(PLUT_CASE_START) }];
  let prev = wib(PLUT_CASE_START);
  for (const s of PLUT_TIMELINE) {
    const actor = { userId: s.by, roles: [ROLE[s.by]] };
    const key = `1.${s.no}`;
    commands.push({ type: 'StartStep', stepKey: key, actor, at: prev });
    commands.push({ type: 'CompleteStep', stepKey: key, kelengkapanChecked: [], outputProduced: true, documentRef: null, actor, at: wib(s.done) });
    if (s.decision) commands.push({ type: 'TakeDecision', stepKey: key, answer: s.decision, actor, at: wib(s.done) });
    prev = wib(s.done);
  }
  let t0 = performance.now();
  const events = play(commands);
  console.log('play', performance.now() - t0);
  const calendar = defaultCalendarFor('61');
  for (let i = 0; i < 30; i++) {
    t0 = performance.now();
    const facts = caseFactsFrom(events);
    const t1 = performance.now();
    measureCase({ facts, content, calendar });
    console.log('facts', t1 - t0, 'measure', performance.now() - t1);
  }
});
