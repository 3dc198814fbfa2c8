import { canReadContent } from '../access/letter-access.policy';
import type { LetterView } from '../access/letter-view';
import type { ActingUser } from '../acting-user';
import type { LettersConfig } from '../letters.config';
import type { IsoDate, IsoInstant, JenisLetter, NumberRef, Sifat } from '../letter-values';
import { suratKeluarView } from '../surat-keluar/surat-keluar.view';
import type { SuratKeluarState } from '../surat-keluar/surat-keluar.state';
import { suratMasukView } from '../surat-masuk/surat-masuk.view';
import type { SuratMasukState } from '../surat-masuk/surat-masuk.state';

export interface QueueItem {
  letterId: string;
  jenis: JenisLetter;
  /** Set when the item is a disposisi to the person; null when it is the letter itself. */
  disposisiId: string | null;
  sifat: Sifat;
  nomorAgenda: NumberRef | null;
  /** null when the person may not read the letter's content (see the access policy). */
  perihal: string | null;
  batasWaktu: IsoDate | null;
  /** Since when it waits for the person. */
  since: IsoInstant;
}

/** A person's queues, named as users know them from SRIKANDI. Oldest first. */
export interface PersonQueues {
  /** Letters held and dispositions received, not yet opened. */
  belumDibaca: QueueItem[];
  /** Not yet acted on: held letters neither disposed nor closed; dispositions without a follow-up report (read or not). */
  belumDitindaklanjuti: QueueItem[];
  /** Dispositions whose batas waktu is before `asOf` and that have no follow-up report. */
  lewatBatasWaktu: QueueItem[];
  /** Drafts whose next paraf is the person's. */
  perluParaf: QueueItem[];
  /** Drafts with every paraf, to be signed by the person. */
  perluTandaTangan: QueueItem[];
  /** Signed letters not yet dispatched: for their drafter and for the dinas's dispatchers. */
  perluDikirim: QueueItem[];
}

export interface QueuesInput {
  user: ActingUser;
  suratMasuk: readonly SuratMasukState[];
  suratKeluar: readonly SuratKeluarState[];
  /** The dinas's local date the overdue queue is computed for. */
  asOf: IsoDate;
  config: Pick<LettersConfig, 'dispatch'>;
}

/** Pure: builds one person's queues from the states of the letters of their dinas. */
export function buildQueues(input: QueuesInput): PersonQueues {
  const { user, asOf } = input;
  const queues: PersonQueues = { belumDibaca: [], belumDitindaklanjuti: [], lewatBatasWaktu: [], perluParaf: [], perluTandaTangan: [], perluDikirim: [] };
  const item = (view: LetterView, rest: Pick<QueueItem, 'disposisiId' | 'batasWaktu' | 'since'>, perihal: string): QueueItem => ({
    letterId: view.id,
    jenis: view.jenis,
    sifat: view.sifat,
    nomorAgenda: view.nomorAgenda,
    perihal: canReadContent(view, user) ? perihal : null,
    ...rest,
  });

  for (const state of input.suratMasuk) {
    const view = suratMasukView(state);
    if (state.stage !== 'open' || view === null || view.tenant !== user.tenant) continue;
    const { surat } = state;
    if (surat.holder.userId === user.userId) {
      const held = item(view, { disposisiId: null, batasWaktu: null, since: surat.registeredAt }, surat.perihal);
      if (surat.holderReadAt === null) queues.belumDibaca.push(held);
      if (!surat.dispositions.some((d) => d.level === 1)) queues.belumDitindaklanjuti.push(held);
    }
    for (const d of surat.dispositions) {
      if (d.to.userId !== user.userId || d.closedAt !== null) continue;
      const received = item(view, { disposisiId: d.disposisiId, batasWaktu: d.batasWaktu, since: d.sentAt }, surat.perihal);
      if (d.readAt === null) queues.belumDibaca.push(received);
      if (d.followedUpAt === null) queues.belumDitindaklanjuti.push(received);
      if (d.followedUpAt === null && d.batasWaktu !== null && d.batasWaktu < asOf) queues.lewatBatasWaktu.push(received);
    }
  }

  const mayDispatch = user.roles.some((role) => input.config.dispatch.dispatcherRoles.includes(role));
  for (const state of input.suratKeluar) {
    const view = suratKeluarView(state);
    if (view === null || state.stage === 'none' || view.tenant !== user.tenant) continue;
    const { naskah } = state;
    if (state.stage === 'in_review' && state.review.reviewers[state.review.parafs.length]?.userId === user.userId) {
      const since = state.review.parafs.at(-1)?.at ?? state.review.submittedAt;
      queues.perluParaf.push(item(view, { disposisiId: null, batasWaktu: null, since }, naskah.perihal));
    }
    if (state.stage === 'awaiting_signature' && state.review.signer.userId === user.userId) {
      const since = state.review.parafs.at(-1)?.at ?? state.review.submittedAt;
      queues.perluTandaTangan.push(item(view, { disposisiId: null, batasWaktu: null, since }, naskah.perihal));
    }
    if (state.stage === 'signed' && (naskah.drafter.userId === user.userId || mayDispatch)) {
      queues.perluDikirim.push(item(view, { disposisiId: null, batasWaktu: null, since: state.signature.at }, naskah.perihal));
    }
  }

  for (const list of Object.values(queues) as QueueItem[][]) list.sort((a, b) => a.since.localeCompare(b.since) || a.letterId.localeCompare(b.letterId));
  return queues;
}
