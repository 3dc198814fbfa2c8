import { assertNever } from '@jejak/domain-kit';
import type { NaskahContent, SuratKeluarEvent } from './surat-keluar.events';
import type { Dispatch, Review, SuratKeluarState } from './surat-keluar.state';

const contentOf = (data: NaskahContent): NaskahContent => ({
  perihal: data.perihal,
  sifat: data.sifat,
  klasifikasi: data.klasifikasi,
  unitKode: data.unitKode,
  kepada: data.kepada,
  isi: data.isi,
  lampiran: data.lampiran,
});

export function evolveSuratKeluar(state: SuratKeluarState, event: SuratKeluarEvent): SuratKeluarState {
  switch (event.type) {
    case 'DraftWritten': {
      const d = event.data;
      return {
        stage: 'draft',
        naskah: { ...contentOf(d), letterId: d.letterId, tenant: d.tenant, jenis: d.jenis, inReplyTo: d.inReplyTo, sopCase: d.sopCase, drafter: d.drafter, version: d.version, rounds: 0, participantIds: [] },
      };
    }
    case 'DraftRevised':
      return state.stage === 'draft' || state.stage === 'returned'
        ? { stage: 'draft', naskah: { ...state.naskah, ...contentOf(event.data), version: event.data.version } }
        : state;
    case 'DraftSubmittedForParaf': {
      if (state.stage !== 'draft') return state;
      const { round, reviewers, signer, submittedAt } = event.data;
      const people = [...reviewers.map((r) => r.userId), signer.userId];
      const naskah = { ...state.naskah, rounds: round, participantIds: [...new Set([...state.naskah.participantIds, ...people])] };
      const review: Review = { round, submittedAt, reviewers, signer, parafs: [] };
      return reviewers.length === 0 ? { stage: 'awaiting_signature', naskah, review } : { stage: 'in_review', naskah, review };
    }
    case 'ParafGiven': {
      if (state.stage !== 'in_review') return state;
      const { step, by, at } = event.data;
      const review = { ...state.review, parafs: [...state.review.parafs, { step, by, at }] };
      return review.parafs.length === review.reviewers.length ? { stage: 'awaiting_signature', naskah: state.naskah, review } : { ...state, review };
    }
    case 'DraftReturned':
      return state.stage === 'in_review' || state.stage === 'awaiting_signature'
        ? { stage: 'returned', naskah: state.naskah, returned: { by: event.data.by, catatan: event.data.catatan, at: event.data.returnedAt, round: event.data.round } }
        : state;
    case 'LetterSigned':
      return state.stage === 'awaiting_signature'
        ? { stage: 'signed', naskah: state.naskah, review: state.review, signature: { nomor: event.data.nomor, tanggalSurat: event.data.tanggalSurat, by: event.data.by, at: event.data.signedAt } }
        : state;
    case 'LetterDispatched': {
      const dispatch: Dispatch = { via: event.data.via, dispatchedAt: event.data.dispatchedAt, recordedAt: event.data.recordedAt, by: event.data.by };
      if (state.stage === 'signed') return { ...state, stage: 'dispatched', dispatches: [dispatch] };
      if (state.stage === 'dispatched') return { ...state, dispatches: [...state.dispatches, dispatch] };
      return state;
    }
    default:
      return assertNever(event, 'event');
  }
}
