import { fold } from '@jejak/domain-kit';
import type { SopEvent, SopDraftProposal } from './sop/sop.events';
import { sopDecider } from './sop/sop.decider';
import type { SopState } from './sop/sop.state';
import { given } from './testing/decider-spec';
import { changed, completeSop } from './testing/sop-content.builder';
import { ISSUER, SOP_ID, sopEvents } from './testing/sop-events.builder';
import { sopDraftGaps } from './sop-proposals';

const AT = '2023-02-01T03:00:00.000Z';
const stateOf = (events: SopEvent[]): SopState => fold(sopDecider, events);

/** Step 2 lost its pelaksana and step 3 is a decision without "tidak", as the importer leaves them. */
const imported = () =>
  changed(completeSop(), (sop) => {
    sop.procedures[0].steps[1].pelaksana = [];
    sop.procedures[0].steps[2].decision = { question: 'Disetujui?', ya: null, tidak: null };
    sop.procedures[0].steps.push({ ...sop.procedures[0].steps[0], no: 4, kegiatan: 'Kegiatan 4', pelaksana: ['Staf'] });
    sop.procedures[0].steps[2].decision = { question: 'Disetujui?', ya: 4, tidak: null };
  });

const PELAKSANA: SopDraftProposal = {
  id: 'pelaksana-1.2', kind: 'pelaksana', procedure: 1, stepNo: 2, value: ['Kepala Bidang'], evidence: 'Kepala Bidang memeriksa berkas', line: 41,
};
const TIDAK: SopDraftProposal = {
  id: 'tidak-1.3', kind: 'tidak', procedure: 1, stepNo: 3, value: 2, evidence: 'jika ada kesalahan dikembalikan kepada Kepala Bidang', line: 47,
};
const origin = { kind: 'import' as const, source: { document: 'buku-sop.txt', location: 'baris 30', sha256: null }, warnings: [] };
const drafted: SopEvent = { type: 'SopDrafted', data: { sopId: SOP_ID, version: 1, issuer: ISSUER, content: imported(), origin, at: AT } };
const recorded: SopEvent = { type: 'SopProposalsRecorded', data: { sopId: SOP_ID, version: 1, proposals: [PELAKSANA, TIDAK], at: AT } };

describe('proposals of an imported draft', () => {
  it('records the proposals with the draft, all to confirm', () => {
    given([])
      .when({ type: 'DraftSop', sopId: SOP_ID, issuer: ISSUER, content: imported(), origin, proposals: [PELAKSANA, TIDAK], at: AT })
      .then([drafted, recorded]);
  });

  it('records only the draft when there are no proposals', () => {
    given([]).when({ type: 'DraftSop', sopId: SOP_ID, issuer: ISSUER, content: imported(), origin, proposals: [], at: AT }).then([drafted]);
  });

  it('confirming writes the value into the step', () => {
    given([drafted, recorded])
      .when({ type: 'ConfirmSopProposal', version: 1, proposalId: 'tidak-1.3', at: AT })
      .then([{ type: 'SopProposalConfirmed', data: { sopId: SOP_ID, version: 1, proposalId: 'tidak-1.3', field: 'procedures[0].steps[2].decision.tidak', value: 2, at: AT } }]);
    const state = stateOf([drafted, recorded, { type: 'SopProposalConfirmed', data: { sopId: SOP_ID, version: 1, proposalId: 'pelaksana-1.2', field: 'procedures[0].steps[1].pelaksana', value: ['Kepala Bidang'], at: AT } }]);
    if (state.stage !== 'active') throw new Error('expected an active SOP');
    expect(state.versions[0].content.procedures[0].steps[1].pelaksana).toEqual(['Kepala Bidang']);
    expect(state.versions[0].proposals?.map((p) => [p.id, p.status])).toEqual([['pelaksana-1.2', 'confirmed'], ['tidak-1.3', 'to-confirm']]);
  });

  it('rejecting leaves the step as it is', () => {
    given([drafted, recorded])
      .when({ type: 'RejectSopProposal', version: 1, proposalId: 'pelaksana-1.2', at: AT })
      .then([{ type: 'SopProposalRejected', data: { sopId: SOP_ID, version: 1, proposalId: 'pelaksana-1.2', at: AT } }]);
  });

  it('refuses an unknown proposal (404), one decided before (409), and one whose step was edited away (409)', () => {
    given([drafted, recorded]).when({ type: 'ConfirmSopProposal', version: 1, proposalId: 'tidak-1.9', at: AT }).thenRefuses({ kind: 'not_found', code: 'SOP_PROPOSAL_NOT_FOUND' });
    const rejected: SopEvent = { type: 'SopProposalRejected', data: { sopId: SOP_ID, version: 1, proposalId: 'tidak-1.3', at: AT } };
    given([drafted, recorded, rejected]).when({ type: 'ConfirmSopProposal', version: 1, proposalId: 'tidak-1.3', at: AT }).thenRefuses({ kind: 'illegal_state', code: 'SOP_PROPOSAL_ALREADY_DECIDED' });
    const noDecision = changed(imported(), (sop) => {
      sop.procedures[0].steps[2].decision = null;
    });
    given([drafted, recorded, sopEvents.edited(1, noDecision, ['procedures[0].steps[2].decision'])])
      .when({ type: 'ConfirmSopProposal', version: 1, proposalId: 'tidak-1.3', at: AT })
      .thenRefuses({ kind: 'illegal_state', code: 'SOP_PROPOSAL_STALE' });
  });

  it('refuses submission while a proposal for an empty field is unconfirmed, naming the proposal and quoting the evidence', () => {
    given([drafted, recorded])
      .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
      .thenRefuses({
        kind: 'illegal_state',
        code: 'SOP_DECISION_TARGET_MISSING',
        details: [
          {
            field: 'procedures[0].steps[2].decision.tidak',
            message: 'Langkah 3: usulan cabang "Tidak" ke langkah 2 belum dikonfirmasi (bukti baris 47: "jika ada kesalahan dikembalikan kepada Kepala Bidang"). Konfirmasi atau tolak usulan tidak-1.3, atau isi kolomnya sendiri.',
          },
        ],
      });
    const tidakConfirmed: SopEvent = { type: 'SopProposalConfirmed', data: { sopId: SOP_ID, version: 1, proposalId: 'tidak-1.3', field: 'procedures[0].steps[2].decision.tidak', value: 2, at: AT } };
    given([drafted, recorded, tidakConfirmed])
      .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
      .thenRefuses({
        kind: 'illegal_state',
        code: 'SOP_INCOMPLETE',
        details: [
          {
            field: 'procedures[0].steps[1].pelaksana',
            message: 'Langkah 2: usulan pelaksana "Kepala Bidang" belum dikonfirmasi (bukti baris 41: "Kepala Bidang memeriksa berkas"). Konfirmasi atau tolak usulan pelaksana-1.2, atau isi kolomnya sendiri.',
          },
        ],
      });
  });

  it('a proposal no longer blocks once a person fills its field by hand', () => {
    const filled = changed(imported(), (sop) => {
      sop.procedures[0].steps[1].pelaksana = ['Staf'];
      sop.procedures[0].steps[2].decision = { question: 'Disetujui?', ya: 4, tidak: 1 };
    });
    given([drafted, recorded, sopEvents.edited(1, filled, ['procedures[0].steps[1].pelaksana', 'procedures[0].steps[2].decision.tidak'])])
      .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
      .then([{ type: 'SopSubmittedForApproval', data: { sopId: SOP_ID, version: 1, at: AT } }]);
  });

  it('submits once every proposal is confirmed', () => {
    const confirmed = (p: SopDraftProposal, field: string): SopEvent => ({ type: 'SopProposalConfirmed', data: { sopId: SOP_ID, version: 1, proposalId: p.id, field, value: p.value, at: AT } });
    given([drafted, recorded, confirmed(PELAKSANA, 'procedures[0].steps[1].pelaksana'), confirmed(TIDAK, 'procedures[0].steps[2].decision.tidak')])
      .when({ type: 'SubmitSopForApproval', version: 1, at: AT })
      .then([{ type: 'SopSubmittedForApproval', data: { sopId: SOP_ID, version: 1, at: AT } }]);
  });

  it('after a rejection, the empty field itself blocks submission (no pelaksana)', () => {
    const rejected: SopEvent = { type: 'SopProposalRejected', data: { sopId: SOP_ID, version: 1, proposalId: 'pelaksana-1.2', at: AT } };
    const confirmed: SopEvent = { type: 'SopProposalConfirmed', data: { sopId: SOP_ID, version: 1, proposalId: 'tidak-1.3', field: 'procedures[0].steps[2].decision.tidak', value: 2, at: AT } };
    given([drafted, recorded, rejected, confirmed]).when({ type: 'SubmitSopForApproval', version: 1, at: AT }).thenRefuses({ kind: 'illegal_state', code: 'SOP_INCOMPLETE', field: 'procedures[0].steps[1].pelaksana' });
  });

  it('lists the gaps of a draft: unconfirmed proposals with their evidence, then what has no proposal', () => {
    const state = stateOf([drafted, recorded, { type: 'SopProposalRejected', data: { sopId: SOP_ID, version: 1, proposalId: 'pelaksana-1.2', at: AT } }]);
    if (state.stage !== 'active') throw new Error('expected an active SOP');
    const gaps = sopDraftGaps(state.versions[0]);
    expect(gaps.gaps.map((g) => [g.kind, g.field, g.proposal?.evidence ?? null])).toEqual([
      ['pelaksana-missing', 'procedures[0].steps[1].pelaksana', null],
      ['proposal-unconfirmed', 'procedures[0].steps[2].decision.tidak', 'jika ada kesalahan dikembalikan kepada Kepala Bidang'],
    ]);
    expect(gaps.gaps[0].message).toBe('Langkah 2 belum memiliki pelaksana; isi pelaksana dari kolom peran prosedur');
    expect(gaps.proposals.map((p) => p.status)).toEqual(['rejected', 'to-confirm']);
  });

  it('lists a decision missing both targets once as a gap even when "tidak" has a proposal', () => {
    const content = changed(imported(), (sop) => {
      sop.procedures[0].steps[2].decision = { question: 'Disetujui?', ya: null, tidak: null };
    });
    const state = stateOf([{ ...drafted, data: { ...drafted.data, content } } as SopEvent, recorded]);
    if (state.stage !== 'active') throw new Error('expected an active SOP');
    expect(sopDraftGaps(state.versions[0]).gaps.map((g) => [g.kind, g.field])).toEqual([
      ['proposal-unconfirmed', 'procedures[0].steps[1].pelaksana'],
      ['proposal-unconfirmed', 'procedures[0].steps[2].decision.tidak'],
      ['decision-target-missing', 'procedures[0].steps[2].decision'],
    ]);
  });
});
