import { fold } from '@jejak/domain-kit';
import { deciderSpec } from '../testing/decider-spec';
import { NOW, lettersDeps, personOf, users } from '../testing/letters.fixtures';
import { LETTER, disposisiClosed, followedUp, holderRead, registered, sent, suratClosed } from '../testing/surat-masuk.fixtures';
import { suratMasukDecider } from './surat-masuk.decider';

const spec = deciderSpec(suratMasukDecider(lettersDeps()));

describe('closing the letter', () => {
  const close = (by = users.kadis) => ({ type: 'CloseSuratMasuk' as const, by, at: NOW, data: { letterId: LETTER, catatan: 'Arsipkan' } });

  it('given open dispositions, when the holder closes the letter, then they are closed with it (deepest first) and the letter is closed', () => {
    spec
      .given([
        registered(),
        holderRead(),
        sent('d-kabid', users.kadis, users.kabid),
        sent('d-kasi', users.kabid, users.kasi, { parent: 'd-kabid', level: 2 }),
        sent('d-sekr', users.kadis, users.sekretaris),
        followedUp('d-sekr', users.sekretaris),
        disposisiClosed('d-sekr', users.sekretaris),
      ])
      .when(close())
      .then([
        { type: 'DisposisiClosed', data: { letterId: LETTER, disposisiId: 'd-kasi', by: personOf(users.kadis), reason: 'surat_ditutup', catatan: '', closedAt: NOW, sopCase: null } },
        { type: 'DisposisiClosed', data: { letterId: LETTER, disposisiId: 'd-kabid', by: personOf(users.kadis), reason: 'surat_ditutup', catatan: '', closedAt: NOW, sopCase: null } },
        { type: 'SuratMasukClosed', data: { letterId: LETTER, by: personOf(users.kadis), catatan: 'Arsipkan', closedAt: NOW, sopCase: null } },
      ]);
  });

  it('the holder may close an unread letter directly: the read is recorded first', () => {
    expect(spec.given([registered()]).when(close()).run().map((e) => e.type)).toEqual(['SuratMasukRead', 'SuratMasukClosed']);
  });

  it('only the holder closes the letter; closing it twice is illegal_state', () => {
    spec.given([registered(), sent('d-sekr', users.kadis, users.sekretaris)]).when(close(users.sekretaris)).thenRefuses({ kind: 'forbidden', code: 'NOT_HOLDER' });
    spec.given([registered(), holderRead(), suratClosed()]).when(close()).thenRefuses({ kind: 'illegal_state', code: 'SURAT_MASUK_CLOSED' });
  });

  it('a closed letter keeps its file: the closed state still holds the dispositions', () => {
    const decider = suratMasukDecider(lettersDeps());
    const state = fold(decider, [registered(), holderRead(), sent('d-sekr', users.kadis, users.sekretaris), suratClosed()]);
    expect(state.stage === 'closed' && state.surat.dispositions.map((d) => d.disposisiId)).toEqual(['d-sekr']);
  });
});
