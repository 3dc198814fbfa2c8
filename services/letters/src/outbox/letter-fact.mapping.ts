import {
  DisposisiAcknowledged, DisposisiClosed, DisposisiFollowedUp, DisposisiSent, LetterDispatched, LetterSigned, NaskahDrafted, NaskahReturned, NaskahSubmitted,
  ParafGiven, SuratMasukClosed, SuratMasukRegistered, type IntegrationContract,
} from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import { numberRefOf, type LetterNumber, type Person, type SopCaseLink, type SuratKeluarEvent, type SuratKeluarState, type SuratMasukEvent } from '../domain';

export interface PublishedFact {
  contract: IntegrationContract<object>;
  data: object;
  /** Time of the fact (the domain's clock), not of the write. */
  time: string;
}

const actor = (p: Person) => ({ userId: p.userId, role: p.role, name: p.name });
const caseIdOf = (link: SopCaseLink | null) => link?.caseId ?? null;
const numberRef = (nomor: LetterNumber) => ({ ...numberRefOf(nomor) });
const fact = <Data extends object>(contract: IntegrationContract<Data>, data: Data, time: string): PublishedFact => ({ contract: contract as IntegrationContract<object>, data, time });

/** The published fact of an incoming letter's event; null for facts kept inside the service. */
export function suratMasukFact(event: SuratMasukEvent): PublishedFact | null {
  switch (event.type) {
    case 'SuratMasukRegistered': {
      const d = event.data;
      const data = { letterId: d.letterId, caseId: caseIdOf(d.sopCase), tenant: d.tenant, nomorAgenda: numberRef(d.nomorAgenda), sifat: d.sifat, tanggalDiterima: d.tanggalDiterima, registeredBy: actor(d.registeredBy), routedTo: actor(d.routedTo), registeredAt: d.registeredAt };
      return fact(SuratMasukRegistered, data, d.registeredAt);
    }
    case 'DisposisiSent': {
      const d = event.data;
      const data = { letterId: d.letterId, caseId: caseIdOf(d.sopCase), disposisiId: d.disposisiId, parentDisposisiId: d.parentDisposisiId, level: d.level, from: actor(d.from), to: actor(d.to), instruction: d.instruction.code, batasWaktu: d.batasWaktu, sentAt: d.sentAt };
      return fact(DisposisiSent, data, d.sentAt);
    }
    case 'DisposisiAcknowledged':
      return fact(DisposisiAcknowledged, { letterId: event.data.letterId, caseId: caseIdOf(event.data.sopCase), disposisiId: event.data.disposisiId, by: actor(event.data.by), readAt: event.data.readAt }, event.data.readAt);
    case 'DisposisiFollowedUp':
      return fact(DisposisiFollowedUp, { letterId: event.data.letterId, caseId: caseIdOf(event.data.sopCase), disposisiId: event.data.disposisiId, by: actor(event.data.by), followedUpAt: event.data.followedUpAt }, event.data.followedUpAt);
    case 'DisposisiClosed':
      return fact(DisposisiClosed, { letterId: event.data.letterId, caseId: caseIdOf(event.data.sopCase), disposisiId: event.data.disposisiId, by: actor(event.data.by), reason: event.data.reason, closedAt: event.data.closedAt }, event.data.closedAt);
    case 'SuratMasukClosed':
      return fact(SuratMasukClosed, { letterId: event.data.letterId, caseId: caseIdOf(event.data.sopCase), by: actor(event.data.by), closedAt: event.data.closedAt }, event.data.closedAt);
    case 'SuratMasukRead':
    case 'SuratMasukLinkedToSopCase':
      return null;
    default:
      return assertNever(event, 'surat masuk event');
  }
}

/** The published fact of an outgoing letter's event, given the letter's state right after it. */
export function suratKeluarFact(event: SuratKeluarEvent, after: SuratKeluarState): PublishedFact | null {
  if (after.stage === 'none') return null;
  const { naskah } = after;
  switch (event.type) {
    case 'DraftWritten': {
      const d = event.data;
      return fact(NaskahDrafted, { letterId: d.letterId, caseId: caseIdOf(d.sopCase), tenant: d.tenant, jenis: d.jenis, sifat: d.sifat, inReplyTo: d.inReplyTo, drafter: actor(d.drafter), writtenAt: d.writtenAt }, d.writtenAt);
    }
    case 'DraftSubmittedForParaf': {
      const d = event.data;
      return fact(NaskahSubmitted, { letterId: d.letterId, caseId: caseIdOf(d.sopCase), round: d.round, reviewers: d.reviewers.map(actor), signer: actor(d.signer), submittedAt: d.submittedAt }, d.submittedAt);
    }
    case 'ParafGiven': {
      const d = event.data;
      return fact(ParafGiven, { letterId: d.letterId, caseId: caseIdOf(d.sopCase), round: d.round, step: d.step, steps: d.steps, by: actor(d.by), at: d.at }, d.at);
    }
    case 'DraftReturned': {
      const d = event.data;
      return fact(NaskahReturned, { letterId: d.letterId, caseId: caseIdOf(d.sopCase), round: d.round, from: d.from, step: d.step, by: actor(d.by), returnedAt: d.returnedAt }, d.returnedAt);
    }
    case 'LetterSigned': {
      const d = event.data;
      const data = { letterId: d.letterId, caseId: caseIdOf(d.sopCase), jenis: d.jenis, sifat: naskah.sifat, nomor: numberRef(d.nomor), tanggalSurat: d.tanggalSurat, by: actor(d.by), signedAt: d.signedAt };
      return fact(LetterSigned, naskah.sifat === 'rahasia' ? data : { ...data, nomorFormatted: d.nomor.formatted }, d.signedAt);
    }
    case 'LetterDispatched': {
      const d = event.data;
      if (after.stage !== 'dispatched') return null;
      const data = { letterId: d.letterId, caseId: caseIdOf(d.sopCase), jenis: naskah.jenis, sifat: d.agenda.sifat, nomor: numberRef(after.signature.nomor), via: d.via, dispatchedAt: d.dispatchedAt, recordedAt: d.recordedAt, by: actor(d.by) };
      return fact(LetterDispatched, data, d.dispatchedAt);
    }
    case 'DraftRevised':
      return null;
    default:
      return assertNever(event, 'naskah keluar event');
  }
}
