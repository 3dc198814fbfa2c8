import { personAs, type ActingUser } from '../shared/acting-user';
import type { LettersDeps } from '../shared/letters.deps';
import { isText } from '../shared/problems';
import type { SuratMasukEvent } from './surat-masuk.events';
import { holderReadsFirst, requireHolder, requireOpen } from './surat-masuk.guards';
import type { SuratMasukState } from './surat-masuk.state';

/** Closing the letter: the holder only; dispositions still open are closed with it, deepest first. */
export function decideCloseSuratMasuk(deps: LettersDeps, state: SuratMasukState, by: ActingUser, data: { letterId: string; catatan?: string }): SuratMasukEvent[] {
  const surat = requireOpen(state, data.letterId, by);
  requireHolder(surat, by);
  const at = deps.clock.now().toISOString();
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
