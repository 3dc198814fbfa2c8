import { personAs, type ActingUser } from '../acting-user';
import type { IsoInstant } from '../letter-values';
import { isText } from '../problems';
import type { SuratMasukEvent } from './surat-masuk.events';
import { holderReadsFirst, requireHolder, requireOpen } from './surat-masuk.guards';
import type { SuratMasukState } from './surat-masuk.state';

/** Closing the letter: the holder only; dispositions still open are closed with it, deepest first. */
export function decideCloseSuratMasuk(state: SuratMasukState, by: ActingUser, data: { letterId: string; catatan?: string }, at: IsoInstant): SuratMasukEvent[] {
  const surat = requireOpen(state, data.letterId, by);
  requireHolder(surat, by);
  const holder = personAs(by, surat.holder.role);
  const open = surat.dispositions.filter((d) => d.closedAt === null).sort((a, b) => b.level - a.level);
  return [
    ...holderReadsFirst(surat, by, at),
    ...open.map(
      (d): SuratMasukEvent => ({
        type: 'DisposisiClosed',
        data: { letterId: surat.letterId, disposisiId: d.disposisiId, by: holder, reason: 'surat_ditutup', catatan: '', closedAt: at, sopCase: surat.sopCase },
      }),
    ),
    { type: 'SuratMasukClosed', data: { letterId: surat.letterId, by: holder, catatan: isText(data.catatan) ? data.catatan.trim() : '', closedAt: at, sopCase: surat.sopCase } },
  ];
}
