import { forbidden, illegalState } from '@jejak/domain-kit';
import type { ActingUser } from '../acting-user';
import type { IsoInstant } from '../letter-values';
import { Problems, isText } from '../problems';
import type { SuratKeluarEvent } from './surat-keluar.events';
import { requireWritten, type WrittenState } from './surat-keluar.guards';
import type { SuratKeluarState } from './surat-keluar.state';

/** The reviewer whose turn it is gives their paraf; the last paraf makes the draft ready to sign. */
export function decideGiveParaf(state: SuratKeluarState, by: ActingUser, data: { letterId: string; catatan?: string }, at: IsoInstant): SuratKeluarEvent[] {
  const written = requireWritten(state, data.letterId, by);
  if (written.stage !== 'in_review') throw notInReview(written);
  const { review, naskah } = written;
  const step = review.parafs.length;
  const reviewer = review.reviewers[step];
  if (reviewer === undefined || reviewer.userId !== by.userId) throw forbidden('NOT_CURRENT_REVIEWER', `it is ${reviewer?.name ?? 'nobody'}'s turn to paraf`);
  return [
    {
      type: 'ParafGiven',
      data: {
        letterId: naskah.letterId,
        round: review.round,
        step: step + 1,
        steps: review.reviewers.length,
        by: reviewer,
        catatan: isText(data.catatan) ? data.catatan.trim() : '',
        at,
        sopCase: naskah.sopCase,
      },
    },
  ];
}

/** The current reviewer, or the signer once the chain is complete, returns the draft to its drafter. */
export function decideReturnDraft(state: SuratKeluarState, by: ActingUser, data: { letterId: string; catatan: string }, at: IsoInstant): SuratKeluarEvent[] {
  const written = requireWritten(state, data.letterId, by);
  if (written.stage !== 'in_review' && written.stage !== 'awaiting_signature') throw notInReview(written);
  const { review, naskah } = written;
  const atSignature = written.stage === 'awaiting_signature';
  const returner = atSignature ? review.signer : review.reviewers[review.parafs.length];
  if (returner === undefined || returner.userId !== by.userId) throw forbidden('NOT_CURRENT_REVIEWER', 'only the reviewer whose turn it is (or the signer) may return the draft');
  new Problems().text(data.catatan, 'catatan').throwIfAny('RETURN_INVALID', 'a return needs notes for the drafter');
  return [
    {
      type: 'DraftReturned',
      data: {
        letterId: naskah.letterId,
        round: review.round,
        from: atSignature ? 'tanda_tangan' : 'paraf',
        step: atSignature ? null : review.parafs.length + 1,
        by: returner,
        catatan: data.catatan.trim(),
        returnedAt: at,
        sopCase: naskah.sopCase,
      },
    },
  ];
}

function notInReview(state: WrittenState): Error {
  if (state.stage === 'signed' || state.stage === 'dispatched') return illegalState('ALREADY_SIGNED', 'the letter is already signed');
  if (state.stage === 'awaiting_signature') return illegalState('PARAF_COMPLETE', 'every paraf is given; the draft awaits signature');
  return illegalState('DRAFT_NOT_IN_REVIEW', 'the draft is not in the paraf chain');
}
