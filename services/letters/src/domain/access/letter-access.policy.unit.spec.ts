import { fold } from '@jejak/domain-kit';
import { suratKeluarDecider } from '../surat-keluar/surat-keluar.decider';
import { suratKeluarView } from '../surat-keluar/surat-keluar.view';
import { suratMasukDecider } from '../surat-masuk/surat-masuk.decider';
import { suratMasukView } from '../surat-masuk/surat-masuk.view';
import type { ActingUser } from '../acting-user';
import { lettersDeps, users } from '../testing/letters.fixtures';
import { CHAIN, allParafs, signed, submitted, written } from '../testing/surat-keluar.fixtures';
import { holderRead, registered, sent, suratClosed } from '../testing/surat-masuk.fixtures';
import type { SuratMasukEvent } from '../surat-masuk/surat-masuk.events';
import type { SuratKeluarEvent } from '../surat-keluar/surat-keluar.events';
import type { Sifat } from '../letter-values';
import { canReadContent, redact, viewFor } from './letter-access.policy';
import type { LetterView } from './letter-view';

const masuk = suratMasukDecider(lettersDeps());
const keluar = suratKeluarDecider(lettersDeps());

/** A letter addressed to the Kadis and the Sekretaris, disposed Kadis → Kabid → Kasi. */
function incoming(sifat: Sifat, extra: SuratMasukEvent[] = []): LetterView {
  const view = suratMasukView(
    fold(masuk, [
      registered({ sifat, kepada: [{ userId: users.sekretaris.userId, name: users.sekretaris.name }] }),
      holderRead(),
      sent('d-kabid', users.kadis, users.kabid),
      sent('d-kasi', users.kabid, users.kasi, { parent: 'd-kabid', level: 2 }),
      ...extra,
    ]),
  );
  if (view === null) throw new Error('letter not registered');
  return view;
}

describe('access: rahasia incoming letters', () => {
  const letter = incoming('rahasia');

  it.each<[string, ActingUser]>([
    ['the holder (Kepala Dinas)', users.kadis],
    ['an addressee', users.sekretaris],
    ['a disposisi recipient', users.kabid],
    ['a recipient further down the chain', users.kasi],
    ['an auditor', users.auditor],
  ])('%s reads the content', (_, user) => {
    expect(canReadContent(letter, user)).toBe(true);
    expect(viewFor(letter, user).redacted).toBe(false);
  });

  it.each<[string, ActingUser]>([
    ['a Kabid outside the chain', users.kabid2],
    ['a Staf outside the chain', users.staf],
    ['the petugas who registered it (recorded its envelope only)', users.petugas],
    ['a provincial viewer', users.viewer],
  ])('%s sees only that it exists', (_, user) => {
    expect(canReadContent(letter, user)).toBe(false);
    expect(viewFor(letter, user)).toEqual({
      redacted: true,
      id: 'surat-1',
      jenis: 'surat_masuk',
      nomorAgenda: { source: 'jejak', sequence: 'agenda-masuk', year: 2024, n: 412 },
      tanggalDiterima: '2024-04-01',
      sifat: 'rahasia',
      status: 'didisposisi',
    });
  });

  it('a Staf becomes a reader once the letter is disposed to them', () => {
    expect(canReadContent(incoming('rahasia', [sent('d-staf', users.kasi, users.staf, { parent: 'd-kasi', level: 3 })]), users.staf)).toBe(true);
  });

  it('the redacted view carries no content field and not the formatted number', () => {
    const shown = redact(incoming('rahasia'));
    expect(Object.keys(shown).sort()).toEqual(['id', 'jenis', 'nomorAgenda', 'redacted', 'sifat', 'status', 'tanggalDiterima']);
    expect(JSON.stringify(shown)).not.toMatch(/Bakesbangpol|penelitian|000\.8|070\/1234|u-kabid|d-kabid/);
  });
});

describe('access: other letters', () => {
  it.each<Sifat>(['biasa', 'penting', 'segera'])('a %s letter is readable by every user of the dinas', (sifat) => {
    expect(canReadContent(incoming(sifat), users.staf)).toBe(true);
    expect(canReadContent(incoming(sifat), users.petugas)).toBe(true);
  });

  it("no user of another dinas reads a letter's content, not even its Kepala Dinas", () => {
    expect(canReadContent(incoming('biasa'), users.kadisElsewhere)).toBe(false);
    expect(canReadContent(incoming('rahasia'), { ...users.auditor, tenant: '61' })).toBe(false);
  });

  it('the readable view drops the reader list', () => {
    const view = viewFor(incoming('biasa'), users.staf);
    expect(view.redacted === false && 'readerIds' in view).toBe(false);
  });
});

describe('access: rahasia outgoing letters', () => {
  const state = fold(keluar, [written({ sifat: 'rahasia', kepada: [{ name: 'Kabid UMKM', userId: users.kabid2.userId }] }), submitted(), ...allParafs(), signed()]);
  const view = suratKeluarView(state);

  it('the drafter, every reviewer, the signer and internal addressees read it; others see its existence', () => {
    if (view === null) throw new Error('not written');
    for (const reader of [users.staf, ...CHAIN.map((p) => ({ ...users.staf, userId: p.userId })), users.kadis, users.kabid2, users.auditor]) {
      expect(canReadContent(view, reader)).toBe(true);
    }
    expect(canReadContent(view, users.staf2)).toBe(false);
    expect(viewFor(view, users.staf2)).toEqual({
      redacted: true,
      id: 'naskah-1',
      jenis: 'surat_keluar',
      nomorAgenda: { source: 'jejak', sequence: 'surat-keluar', year: 2024, n: 1622 },
      tanggalDiterima: null,
      sifat: 'rahasia',
      status: 'ditandatangani',
    });
  });
});

describe('status shown with the existence of a letter', () => {
  it('an incoming letter is terdaftar, then didisposisi, then selesai', () => {
    const status = (events: SuratMasukEvent[]) => suratMasukView(fold(masuk, events))?.status;
    expect(status([registered()])).toBe('terdaftar');
    expect(status([registered(), holderRead(), sent('d-1', users.kadis, users.kabid)])).toBe('didisposisi');
    expect(status([registered(), holderRead(), suratClosed()])).toBe('selesai');
    expect(suratMasukView(fold(masuk, []))).toBeNull();
  });

  it('an outgoing letter is konsep, paraf, menunggu_tanda_tangan, ditandatangani', () => {
    const status = (events: SuratKeluarEvent[]) => suratKeluarView(fold(keluar, events))?.status;
    expect(status([written()])).toBe('konsep');
    expect(status([written(), submitted()])).toBe('paraf');
    expect(status([written(), submitted(), ...allParafs()])).toBe('menunggu_tanda_tangan');
    expect(status([written(), submitted(), ...allParafs(), signed()])).toBe('ditandatangani');
    expect(suratKeluarView(fold(keluar, []))).toBeNull();
  });
});
