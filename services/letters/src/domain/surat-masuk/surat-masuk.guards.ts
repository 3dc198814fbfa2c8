import { assertNever, forbidden, illegalState, notFound, validationError } from '@jejak/domain-kit';
import { personAs, type ActingUser } from '../acting-user';
import type { IsoInstant } from '../letter-values';
import type { SuratMasukEvent } from './surat-masuk.events';
import type { Disposisi, SuratMasuk, SuratMasukState } from './surat-masuk.state';

/** The registered letter (open or closed) of the same dinas as the actor. */
export function requireRegistered(state: SuratMasukState, letterId: string, by: ActingUser): { surat: SuratMasuk; closed: boolean } {
  switch (state.stage) {
    case 'unregistered':
      throw notFound('SURAT_MASUK_NOT_FOUND', `surat masuk ${letterId} is not registered`);
    case 'open':
    case 'closed': {
      const { surat } = state;
      if (surat.letterId !== letterId) {
        throw validationError('LETTER_ID_MISMATCH', 'the command names another letter than this stream', [{ field: 'letterId', message: 'does not match' }]);
      }
      if (surat.tenant !== by.tenant) throw forbidden('TENANT_MISMATCH', "a user can only act on their own dinas's letters");
      return { surat, closed: state.stage === 'closed' };
    }
    default:
      return assertNever(state, 'state');
  }
}

/** The open letter: acting on a closed letter is illegal_state `SURAT_MASUK_CLOSED`. */
export function requireOpen(state: SuratMasukState, letterId: string, by: ActingUser): SuratMasuk {
  const { surat, closed } = requireRegistered(state, letterId, by);
  if (closed) throw illegalState('SURAT_MASUK_CLOSED', 'the letter is closed');
  return surat;
}

export function requireHolder(surat: SuratMasuk, by: ActingUser): void {
  if (surat.holder.userId !== by.userId) throw forbidden('NOT_HOLDER', 'only the holder of the letter may do this');
}

/** A disposisi of the letter addressed to the actor. */
export function requireOwnDisposisi(surat: SuratMasuk, disposisiId: string, by: ActingUser): Disposisi {
  const disposisi = surat.dispositions.find((d) => d.disposisiId === disposisiId);
  if (disposisi === undefined) throw notFound('DISPOSISI_NOT_FOUND', `disposisi ${disposisiId} is not on this letter`);
  if (disposisi.to.userId !== by.userId) throw forbidden('NOT_RECIPIENT', 'only the recipient of the disposisi may do this');
  return disposisi;
}

export function requireDisposisiOpen(disposisi: Disposisi): void {
  if (disposisi.closedAt !== null) throw illegalState('DISPOSISI_CLOSED', 'the disposisi is closed');
}

/** Acting on an unread letter reads it first: the holder's read time is recorded before the act. */
export function holderReadsFirst(surat: SuratMasuk, by: ActingUser, at: IsoInstant): SuratMasukEvent[] {
  if (surat.holderReadAt !== null) return [];
  return [{ type: 'SuratMasukRead', data: { letterId: surat.letterId, by: personAs(by, surat.holder.role), readAt: at, sopCase: surat.sopCase } }];
}

/** Acting on an unread disposisi acknowledges it first. */
export function recipientReadsFirst(surat: SuratMasuk, disposisi: Disposisi, by: ActingUser, at: IsoInstant): SuratMasukEvent[] {
  if (disposisi.readAt !== null) return [];
  return [
    {
      type: 'DisposisiAcknowledged',
      data: { letterId: surat.letterId, disposisiId: disposisi.disposisiId, by: personAs(by, disposisi.to.role), readAt: at, sopCase: surat.sopCase },
    },
  ];
}
