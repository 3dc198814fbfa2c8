import type { SopContent } from '@jejak/contracts';
import type { StartStep } from '../case/case.commands';
import { kasi, petugas, staf } from '../testing/actors.fixture';
import { caseStarted, ref, stepStarted, wib } from '../testing/case-events.builder';
import { given } from '../testing/decider-spec';
import { skPanitiaSop } from '../testing/sop.fixtures';
import type { Actor } from './platform-role';
import type { RoleMapping } from './role-mapping';

const T0 = wib('2026-03-02T08:00');
const T1 = wib('2026-03-02T09:00');

/** The SK Panitia SOP whose first step is a working team's lane. */
function withFirstLane(lane: string): SopContent {
  const content = skPanitiaSop();
  content.procedures[0].steps[0] = { ...content.procedures[0].steps[0], pelaksana: [lane] };
  content.procedures[0].roles = [lane, ...content.procedures[0].roles.slice(1)];
  return content;
}

const startStep = (actor: Actor, pelaksanaMapping?: RoleMapping): StartStep => ({
  type: 'StartStep',
  stepKey: '1.1',
  actor,
  at: T1,
  ...(pelaksanaMapping ? { pelaksanaMapping } : {}),
});

describe('case steps under the role mapping of the dinas', () => {
  it('runs a "Ketua Tim Kerja" step under the default mapping (no more PELAKSANA_UNMAPPED)', () => {
    const content = withFirstLane('Ketua Tim Kerja');
    given([caseStarted(T0, { content })])
      .when(startStep(kasi))
      .then([stepStarted('1.1', ref('u-kasi', 'KASI'), T1, content)]);
  });

  it('runs an "Anggota Tim Kerja" step for staff, and refuses a role the defaults do not give the lane', () => {
    const content = withFirstLane('Anggota Tim Kerja');
    given([caseStarted(T0, { content })])
      .when(startStep(staf))
      .then([stepStarted('1.1', ref('u-staf', 'STAF'), T1, content)]);
    given([caseStarted(T0, { content })]).when(startStep({ userId: 'u-kadis', roles: ['KEPALA_DINAS'] })).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
  });

  it("takes the mapping on the command (the dinas's, in force at the command's time) over the decider's defaults", () => {
    const content = withFirstLane('Pokja Kemitraan');
    const dinasMapping: RoleMapping = { rules: [{ sopRoles: ['Pokja Kemitraan'], platformRoles: ['PETUGAS'], team: true }] };
    given([caseStarted(T0, { content })]).when(startStep(petugas)).thenRefuses({ kind: 'illegal_state', code: 'PELAKSANA_UNMAPPED' });
    given([caseStarted(T0, { content })])
      .when(startStep(petugas, dinasMapping))
      .then([stepStarted('1.1', ref('u-petugas', 'PETUGAS'), T1, content)]);
    given([caseStarted(T0, { content })]).when(startStep(kasi, dinasMapping)).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
  });

  it('judges a step by the version on the command even where the defaults would allow the user', () => {
    const content = skPanitiaSop(); // step 1.1: KASUBID -> KASI by default
    const dinasMapping: RoleMapping = { rules: [{ sopRoles: ['Kasubid'], platformRoles: ['STAF'] }] };
    given([caseStarted(T0, { content })]).when(startStep(kasi, dinasMapping)).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
    given([caseStarted(T0, { content })])
      .when(startStep(staf, dinasMapping))
      .then([stepStarted('1.1', ref('u-staf', 'STAF'), T1, content)]);
  });
});
