import type { Dispatch, Naskah, Person, Signature, SuratKeluarEvent, SuratKeluarState } from '../../../domain';

/** One submission to the paraf chain: who initialled, and the return that ended it, if any. */
export interface ParafRound {
  round: number;
  submittedAt: string;
  reviewers: Person[];
  signer: Person;
  parafs: { step: number; by: Person; catatan: string; at: string }[];
  returned: { from: 'paraf' | 'tanda_tangan'; step: number | null; by: Person; catatan: string; at: string } | null;
}

export interface SuratKeluarDetail extends Omit<Naskah, 'participantIds'> {
  redacted: false;
  id: string;
  status: string;
  stage: string;
  revision: number;
  /** Whose paraf the draft waits for, or null. */
  nextReviewer: Person | null;
  rounds: number;
  roundHistory: ParafRound[];
  signature: Signature | null;
  dispatches: readonly Dispatch[];
}

function roundsOf(events: SuratKeluarEvent[]): ParafRound[] {
  const rounds: ParafRound[] = [];
  for (const event of events) {
    if (event.type === 'DraftSubmittedForParaf') {
      const { round, submittedAt, reviewers, signer } = event.data;
      rounds.push({ round, submittedAt, reviewers, signer, parafs: [], returned: null });
    }
    const current = rounds[rounds.length - 1];
    if (current === undefined) continue;
    if (event.type === 'ParafGiven') current.parafs.push({ step: event.data.step, by: event.data.by, catatan: event.data.catatan, at: event.data.at });
    if (event.type === 'DraftReturned') current.returned = { from: event.data.from, step: event.data.step, by: event.data.by, catatan: event.data.catatan, at: event.data.returnedAt };
  }
  return rounds;
}

/** The full record of an outgoing letter, for a user who may read it. */
export function suratKeluarDetail(state: Exclude<SuratKeluarState, { stage: 'none' }>, events: SuratKeluarEvent[], status: string, revision: number): SuratKeluarDetail {
  const { participantIds: _participants, ...naskah } = state.naskah;
  const nextReviewer = state.stage === 'in_review' ? (state.review.reviewers[state.review.parafs.length] ?? null) : null;
  return {
    ...naskah,
    redacted: false,
    id: naskah.letterId,
    status,
    stage: state.stage,
    revision,
    nextReviewer,
    roundHistory: roundsOf(events),
    signature: state.stage === 'signed' || state.stage === 'dispatched' ? state.signature : null,
    dispatches: state.stage === 'dispatched' ? state.dispatches : [],
  };
}
