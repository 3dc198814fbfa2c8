import { fold } from '@jejak/domain-kit';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, lettersDeps, personOf, users } from '../testing/letters.fixtures';
import { DRAFT, allParafs, paraf, returned, revised, submitted, written } from '../testing/surat-keluar.fixtures';
import type { ActingUser } from '../acting-user';
import { suratKeluarDecider } from './surat-keluar.decider';

const decider = suratKeluarDecider(lettersDeps());
const spec = deciderSpec(decider);
const give = (by: ActingUser) => ({ type: 'GiveParaf' as const, by, at: NOW, data: { letterId: DRAFT, catatan: ' ok ' } });
const giveReturn = (by: ActingUser, catatan = 'Perbaiki dasar hukum') => ({ type: 'ReturnDraft' as const, by, at: NOW, data: { letterId: DRAFT, catatan } });

describe('paraf chain: reviewers in order', () => {
  it('given a submitted draft, when the first reviewer gives their paraf, then step 1 of 4 is recorded', () => {
    spec
      .given([written(), submitted()])
      .when(give(users.staf))
      .then([{ type: 'ParafGiven', data: { letterId: DRAFT, round: 1, step: 1, steps: 4, by: personOf(users.staf), catatan: 'ok', at: NOW, sopCase: null } }]);
  });

  it('a reviewer out of turn is forbidden, before and after their turn', () => {
    spec.given([written(), submitted()]).when(give(users.kasi)).thenRefuses({ kind: 'forbidden', code: 'NOT_CURRENT_REVIEWER' });
    spec.given([written(), submitted(), paraf(1, users.staf)]).when(give(users.staf)).thenRefuses({ kind: 'forbidden', code: 'NOT_CURRENT_REVIEWER' });
    spec.given([written(), submitted()]).when(give(users.kadis)).thenRefuses({ kind: 'forbidden', code: 'NOT_CURRENT_REVIEWER' });
  });

  it('a draft not submitted takes no paraf; a complete chain takes no more', () => {
    spec.given([written()]).when(give(users.staf)).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_NOT_IN_REVIEW' });
    spec.given([written(), submitted(), ...allParafs()]).when(give(users.sekretaris)).thenRefuses({ kind: 'illegal_state', code: 'PARAF_COMPLETE' });
  });

  it('the last paraf makes the draft await its signature', () => {
    expect(fold(decider, [written(), submitted(), ...allParafs().slice(0, 3)]).stage).toBe('in_review');
    expect(fold(decider, [written(), submitted(), ...allParafs()]).stage).toBe('awaiting_signature');
  });
});

describe('paraf chain: returns', () => {
  it('given step 2 is due, when the Kasi returns the draft with notes, then it goes back to the drafter', () => {
    spec
      .given([written(), submitted(), paraf(1, users.staf)])
      .when(giveReturn(users.kasi))
      .then([{ type: 'DraftReturned', data: { letterId: DRAFT, round: 1, from: 'paraf', step: 2, by: personOf(users.kasi), catatan: 'Perbaiki dasar hukum', returnedAt: NOW, sopCase: null } }]);
    expect(fold(decider, [written(), submitted(), paraf(1, users.staf), returned(users.kasi, 2)]).stage).toBe('returned');
  });

  it('given every paraf, when the signer returns the draft, then it goes back from the signature stage', () => {
    spec
      .given([written(), submitted(), ...allParafs()])
      .when(giveReturn(users.kadis))
      .then([{ type: 'DraftReturned', data: { letterId: DRAFT, round: 1, from: 'tanda_tangan', step: null, by: personOf(users.kadis), catatan: 'Perbaiki dasar hukum', returnedAt: NOW, sopCase: null } }]);
  });

  it('a return needs notes and must come from the reviewer whose turn it is', () => {
    spec.given([written(), submitted()]).when(giveReturn(users.staf, '  ')).thenRefuses({ kind: 'validation', code: 'RETURN_INVALID', field: 'catatan' });
    spec.given([written(), submitted()]).when(giveReturn(users.kabid)).thenRefuses({ kind: 'forbidden', code: 'NOT_CURRENT_REVIEWER' });
    spec.given([written(), submitted(), ...allParafs()]).when(giveReturn(users.sekretaris)).thenRefuses({ kind: 'forbidden', code: 'NOT_CURRENT_REVIEWER' });
    spec.given([written(), submitted(), returned(users.staf, 1)]).when(giveReturn(users.staf)).thenRefuses({ kind: 'illegal_state', code: 'DRAFT_NOT_IN_REVIEW' });
  });

  it('after a return, revision and resubmission, round 2 restarts at the first reviewer: earlier parafs no longer count', () => {
    const history = [written(), submitted(), paraf(1, users.staf), paraf(2, users.kasi), returned(users.kabid, 3), revised(2), submitted(2)];
    const state = fold(decider, history);
    expect(state.stage === 'in_review' && { round: state.review.round, parafs: state.review.parafs.length, version: state.naskah.version }).toEqual({ round: 2, parafs: 0, version: 2 });
    spec.given(history).when(give(users.kabid)).thenRefuses({ kind: 'forbidden', code: 'NOT_CURRENT_REVIEWER' });
    const [event] = spec.given(history).when(give(users.staf)).run();
    expect(event?.type === 'ParafGiven' && { round: event.data.round, step: event.data.step }).toEqual({ round: 2, step: 1 });
  });
});
