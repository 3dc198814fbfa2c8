import type { SopContent, SopStep } from '@jejak/contracts';
import { kabid, kasi, staf } from '../testing/actors.fixture';
import { caseStarted, ref, wib } from '../testing/case-events.builder';
import { startCase } from '../testing/case-commands.builder';
import { deciderSpec } from '@jejak/domain-kit/testing';
import { given } from '../testing/decider-spec';
import { createCaseDecider } from './case.decider';
import { waktu } from '../testing/waktu.fixture';
import { caseFactsFrom } from '../measurement/case-facts';
import { measureCase } from '../measurement/case-measurement';
import { aggregateCases } from '../measurement/case-aggregates';
import { calendarWib, caseA } from '../testing/case-scenarios.fixture';
import { skPanitiaSop } from '../testing/sop.fixtures';
import { DEFAULT_ROLE_MAPPING } from '../roles/role-mapping.defaults';
import type { Actor } from '../roles/platform-role';
import type { RoleMapping } from '../roles/role-mapping';
import type { CaseCommand, CompleteStep, StartStep, TakeDecision } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseTeam } from './case-lanes';

const step = (no: number, kegiatan: string, pelaksana: string[], decision: SopStep['decision'] = null): SopStep => ({
  no,
  kegiatan,
  pelaksana,
  decision,
  mutuBaku: { kelengkapan: [], waktu: waktu('1 hari'), output: `Hasil ${no}` },
  keterangan: '',
});

/** A PLUT assistance SOP: a working team named in an SK does steps 1-2, the bank (outside the dinas) decides at 3. */
const pendampingan = (): SopContent => ({
  identity: { ...caseStarted(wib('2026-02-02T08:00')).data.content.identity, nama: 'Pendampingan Akses Pembiayaan', nomor: '500/12/PLUT' },
  procedures: [
    {
      name: 'Pendampingan',
      roles: ['Ketua Tim Kerja', 'Anggota Tim Kerja', 'Bank Pelaksana', 'Kepala Bidang'],
      steps: [
        step(1, 'Menyusun rencana pendampingan', ['Ketua Tim Kerja']),
        step(2, 'Mendampingi pelaku usaha menyusun berkas kredit', ['Anggota Tim Kerja', 'Kepala Seksi']),
        step(3, 'Menilai kelayakan kredit', ['Bank Pelaksana'], { question: 'Layak dibiayai?', ya: 4, tidak: 2 }),
        step(4, 'Melaporkan hasil pendampingan', ['Kepala Bidang']),
      ],
    },
  ],
});

const T = (local: string) => wib(`2026-02-0${local}`);
const ani: Actor = { userId: 'u-ani', roles: ['STAF'], name: 'Ani Rahmawati' };
const budi: Actor = { userId: 'u-budi', roles: ['PETUGAS'], name: 'Budi Santoso' };
const teams: CaseTeam[] = [
  { lane: 'Ketua Tim Kerja', members: [{ userId: 'u-ani', name: 'Ani Rahmawati', jabatan: 'Analis Kebijakan' }] },
  { lane: 'anggota tim kerja', members: [{ userId: 'u-budi', name: 'Budi Santoso', jabatan: 'Pendamping PLUT' }] },
];
const content = pendampingan();
const start = startCase('c-1', T('2T08:00'), { sop: { sopId: 'sop-pendampingan', version: 1, content }, teams, externalLanes: ['Bank Pelaksana'] });
const startStep = (stepKey: string, actor: Actor, at: string): StartStep => ({ type: 'StartStep', stepKey, actor, at });
const complete = (stepKey: string, actor: Actor, at: string, evidence?: CompleteStep['evidence']): CompleteStep => ({
  type: 'CompleteStep', stepKey, kelengkapanChecked: [], outputProduced: true, documentRef: null, actor, at, ...(evidence !== undefined ? { evidence } : {}),
});
const decide = (stepKey: string, answer: 'ya' | 'tidak', actor: Actor, at: string): TakeDecision => ({ type: 'TakeDecision', stepKey, answer, actor, at });

const play = (commands: CaseCommand[], initial: CaseEvent[] = [], mapping?: RoleMapping): CaseEvent[] => deciderSpec(createCaseDecider(mapping)).play(commands, initial);
const upTo = (commands: CaseCommand[]): CaseEvent[] => play([start, ...commands]);

describe('teams per case', () => {
  it('records the teams on CaseStarted, lanes in the SOP\'s own spelling', () => {
    const [started] = play([start]);
    expect(started.type === 'CaseStarted' && started.data.teams).toEqual([teams[0], { ...teams[1], lane: 'Anggota Tim Kerja' }]);
    expect(started.type === 'CaseStarted' && started.data.externalLanes).toEqual(['Bank Pelaksana']);
  });

  it('lets the assigned member act on a team step, recorded with name and jabatan', () => {
    given(upTo([])).when(startStep('1.1', ani, T('2T09:00'))).then([
      {
        type: 'StepStarted',
        data: { caseId: 'c-1', stepKey: '1.1', procedureIndex: 0, stepNo: 1, actor: { userId: 'u-ani', role: 'STAF', name: 'Ani Rahmawati', jabatan: 'Staf' }, startedAt: T('2T09:00') },
      },
    ]);
  });

  it('refuses anyone the case did not assign to the team, even with a role the mapping would allow: NOT_TEAM_MEMBER', () => {
    given(upTo([])).when(startStep('1.1', staf, T('2T09:00'))).thenRefuses({ kind: 'forbidden', code: 'NOT_TEAM_MEMBER' });
    // Budi is in the other team (Anggota), not in Ketua Tim Kerja.
    given(upTo([])).when(startStep('1.1', budi, T('2T09:00'))).thenRefuses({ kind: 'forbidden', code: 'NOT_TEAM_MEMBER' });
  });

  it('a step shared by a team and an internal lane takes the team members and the holders of the mapped role', () => {
    const at12 = upTo([startStep('1.1', ani, T('2T09:00')), complete('1.1', ani, T('2T10:00'))]);
    expect(given(at12).when(startStep('1.2', budi, T('2T11:00'))).then([expect.objectContaining({ type: 'StepStarted' }) as unknown as CaseEvent])).toHaveLength(1);
    given(at12).when(startStep('1.2', kasi, T('2T11:00'))).then([
      { type: 'StepStarted', data: { caseId: 'c-1', stepKey: '1.2', procedureIndex: 0, stepNo: 2, actor: ref('u-kasi', 'KASI'), startedAt: T('2T11:00') } },
    ]);
    given(at12).when(startStep('1.2', kabid, T('2T11:00'))).thenRefuses({ kind: 'forbidden', code: 'NOT_TEAM_MEMBER' });
  });

  it('refuses a team for a lane the SOP does not have, and a team without members', () => {
    given([]).when({ ...start, teams: [{ lane: 'Tim Teknis', members: teams[0].members }] }).thenRefuses({ kind: 'validation', code: 'TEAM_LANE_UNKNOWN', field: 'teams[0].lane' });
    given([]).when({ ...start, teams: [{ lane: 'Ketua Tim Kerja', members: [] }] }).thenRefuses({ kind: 'validation', code: 'TEAM_MEMBERS_INVALID', field: 'teams[0].members' });
    given([]).when({ ...start, externalLanes: ['OSS'] }).thenRefuses({ kind: 'validation', code: 'TEAM_LANE_UNKNOWN', field: 'externalLanes[0]' });
  });

  it('without an assignment, a team lane falls back to the role mapping (unmapped lanes stay PELAKSANA_UNMAPPED)', () => {
    const mapping: RoleMapping = { rules: [{ sopRoles: ['Kepala Bidang'], platformRoles: ['KEPALA_BIDANG'] }] };
    const bare = play([{ ...start, teams: [] }], [], mapping);
    given(bare, mapping).when(startStep('1.1', ani, T('2T09:00'))).thenRefuses({ kind: 'illegal_state', code: 'PELAKSANA_UNMAPPED' });
    const teamRule: RoleMapping = { rules: [{ sopRoles: ['Ketua Tim Kerja'], platformRoles: ['STAF'], team: true } as RoleMapping['rules'][number]] };
    given(play([{ ...start, teams: [] }], [], teamRule), teamRule).when(startStep('1.1', ani, T('2T09:00'))).then([expect.objectContaining({ type: 'StepStarted' }) as unknown as CaseEvent]);
  });
});

describe('external lanes', () => {
  const at13 = upTo([
    startStep('1.1', ani, T('2T09:00')),
    complete('1.1', ani, T('2T10:00')),
    startStep('1.2', budi, T('2T11:00')),
    complete('1.2', budi, T('2T12:00')),
  ]);

  it('a dinas user records the bank\'s step on its behalf, with the evidence', () => {
    const started = given(at13).when(startStep('1.3', staf, T('2T13:00')));
    const [event] = started.then([
      {
        type: 'StepStarted',
        data: { caseId: 'c-1', stepKey: '1.3', procedureIndex: 0, stepNo: 3, actor: ref('u-staf', 'STAF'), startedAt: T('2T13:00'), onBehalfOf: ['Bank Pelaksana'] },
      },
    ]);
    const completed = given([...at13, event]).when(complete('1.3', staf, T('4T10:00'), { reference: 'Surat Bank Kalbar 045/KRD/2026', documentId: null }));
    const [done] = completed.then([expect.objectContaining({ type: 'StepCompleted' }) as unknown as CaseEvent]);
    expect(done.type === 'StepCompleted' && { onBehalfOf: done.data.onBehalfOf, evidence: done.data.evidence, awaitingDecision: done.data.awaitingDecision }).toEqual({
      onBehalfOf: ['Bank Pelaksana'],
      evidence: { reference: 'Surat Bank Kalbar 045/KRD/2026', documentId: null },
      awaitingDecision: true,
    });
    given([...at13, event, done])
      .when(decide('1.3', 'tidak', staf, T('4T10:05')))
      .then([
        {
          type: 'DecisionTaken',
          data: { caseId: 'c-1', stepKey: '1.3', question: 'Layak dibiayai?', answer: 'tidak', actor: ref('u-staf', 'STAF'), decidedAt: T('4T10:05'), nextStepKey: '1.2', onBehalfOf: ['Bank Pelaksana'] },
        },
        { type: 'CaseLoopedBack', data: { caseId: 'c-1', fromStepKey: '1.3', toStepKey: '1.2', answer: 'tidak', reworkCount: 1, at: T('4T10:05') } },
      ]);
  });

  it('refuses an outside party\'s step without evidence: EXTERNAL_EVIDENCE_REQUIRED', () => {
    const inProgress = [...at13, ...play([startStep('1.3', staf, T('2T13:00'))], at13)];
    given(inProgress).when(complete('1.3', staf, T('4T10:00'))).thenRefuses({ kind: 'validation', code: 'EXTERNAL_EVIDENCE_REQUIRED', field: 'evidence' });
    given(inProgress).when(complete('1.3', staf, T('4T10:00'), { reference: '  ', documentId: null })).thenRefuses({ kind: 'validation', code: 'EXTERNAL_EVIDENCE_REQUIRED' });
    given(inProgress).when(complete('1.3', staf, T('4T10:00'), { reference: null, documentId: 'doc-7f3a' })).then([expect.objectContaining({ type: 'StepCompleted' }) as unknown as CaseEvent]);
  });

  it('a lane the dinas\'s mapping marks external is external without the case declaring it', () => {
    const mapping: RoleMapping = { rules: [{ sopRoles: ['Bank Pelaksana'], platformRoles: ['PETUGAS'], external: true } as RoleMapping['rules'][number], ...DEFAULT_ROLE_MAPPING.rules] };
    const history = play([{ ...start, externalLanes: [] }, startStep('1.1', ani, T('2T09:00')), complete('1.1', ani, T('2T10:00')), startStep('1.2', budi, T('2T11:00')), complete('1.2', budi, T('2T12:00'))], [], mapping);
    given(history, mapping).when(startStep('1.3', staf, T('2T13:00'))).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
    const [started] = given(history, mapping).when(startStep('1.3', budi, T('2T13:00'))).then([expect.objectContaining({ type: 'StepStarted' }) as unknown as CaseEvent]);
    expect(started.type === 'StepStarted' && started.data.onBehalfOf).toEqual(['Bank Pelaksana']);
  });
});

describe('measurement of a case with team and external lanes', () => {
  const events = upTo([
    startStep('1.1', ani, T('2T09:00')),
    complete('1.1', ani, T('2T10:00')),
    startStep('1.2', budi, T('2T11:00')),
    complete('1.2', budi, T('2T12:00')),
    startStep('1.3', staf, T('2T13:00')),
    complete('1.3', staf, T('4T10:00'), { reference: 'Surat Bank Kalbar 045/KRD/2026', documentId: null }),
    decide('1.3', 'tidak', staf, T('4T10:05')),
  ]);
  const m = measureCase({ facts: caseFactsFrom(events), content, calendar: calendarWib() });

  it('keeps the time spent at the bank apart from the dinas\'s own time', () => {
    // Dinas: 1.1 Mon 08:00-10:00 = 120, 1.2 10:00-12:00 = 120. Bank (1.3): Mon 12:00-16:00 = 240 + Tue 510 + Wed 07:30-10:05 = 155.
    expect(m.time).toEqual({ dinasOfficeMinutes: 240, externalOfficeMinutes: 905, dinasExecutions: 2, externalExecutions: 1 });
    expect(m.executions.map((e) => [e.stepKey, e.external?.lanes ?? null])).toEqual([['1.1', null], ['1.2', null], ['1.3', ['Bank Pelaksana']]]);
    expect(m.executions[2].external?.evidence).toEqual({ reference: 'Surat Bank Kalbar 045/KRD/2026', documentId: null });
    expect(m.steps.map((s) => s.external)).toEqual([false, false, true, false]);
  });

  it('reports dinas time and external time apart over several cases', () => {
    const panitia = measureCase({ facts: caseFactsFrom(caseA()), content: skPanitiaSop(), calendar: calendarWib() });
    const agg = aggregateCases([m, panitia], calendarWib(), T('6T08:00'));
    const panitiaMinutes = panitia.executions.reduce((sum, e) => sum + (e.waktu?.duration.officeMinutes ?? 0), 0);
    expect(agg.time).toEqual({ dinasOfficeMinutes: 240 + panitiaMinutes, externalOfficeMinutes: 905, casesWithExternalSteps: 1 });
    expect(agg.steps.filter((st) => st.sopId === 'sop-pendampingan').map((st) => [st.stepKey, st.external])).toEqual([
      ['1.1', { executions: 0, officeMinutes: 0 }],
      ['1.2', { executions: 0, officeMinutes: 0 }],
      ['1.3', { executions: 1, officeMinutes: 905 }],
      ['1.4', { executions: 0, officeMinutes: 0 }],
    ]);
  });

  it('counts team members and the recorder of an outside step as in role, with name and jabatan kept', () => {
    expect(m.executions.map((e) => e.inRole)).toEqual([true, true, true]);
    expect(m.deviations.filter((d) => d.kind === 'not_pelaksana' || d.kind === 'pelaksana_unverified')).toEqual([]);
    expect(m.executions[0].actor).toEqual({ userId: 'u-ani', role: 'STAF', name: 'Ani Rahmawati', jabatan: 'Staf' });
  });
});
