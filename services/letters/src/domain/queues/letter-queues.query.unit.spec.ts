import { fold } from '@jejak/domain-kit';
import type { ActingUser } from '../acting-user';
import { DEFAULT_LETTERS_CONFIG } from '../letters.config';
import { suratKeluarDecider } from '../surat-keluar/surat-keluar.decider';
import type { SuratKeluarEvent } from '../surat-keluar/surat-keluar.events';
import { suratMasukDecider } from '../surat-masuk/surat-masuk.decider';
import type { SuratMasukEvent } from '../surat-masuk/surat-masuk.events';
import { lettersDeps, users } from '../testing/letters.fixtures';
import { allParafs, paraf, signed, submitted, written } from '../testing/surat-keluar.fixtures';
import { acknowledged, disposisiClosed, followedUp, holderRead, registered, sent, suratClosed } from '../testing/surat-masuk.fixtures';
import { buildQueues, type PersonQueues } from './letter-queues.query';

const masuk = suratMasukDecider(lettersDeps());
const keluar = suratKeluarDecider(lettersDeps());

function queuesOf(user: ActingUser, incoming: SuratMasukEvent[][], outgoing: SuratKeluarEvent[][] = [], asOf = '2024-04-06') {
  return buildQueues({
    user,
    suratMasuk: incoming.map((events) => fold(masuk, events)),
    suratKeluar: outgoing.map((events) => fold(keluar, events)),
    asOf,
    config: DEFAULT_LETTERS_CONFIG,
  });
}
const ids = (queues: PersonQueues) =>
  Object.fromEntries(Object.entries(queues).map(([name, items]) => [name, (items as { letterId: string; disposisiId: string | null }[]).map((i) => i.disposisiId ?? i.letterId)]));

describe('queues: surat masuk', () => {
  it('the holder sees a new letter as unread and not yet followed up; reading it leaves it not yet followed up; disposing it clears both', () => {
    expect(ids(queuesOf(users.kadis, [[registered()]]))).toMatchObject({ belumDibaca: ['surat-1'], belumDitindaklanjuti: ['surat-1'] });
    expect(ids(queuesOf(users.kadis, [[registered(), holderRead()]]))).toMatchObject({ belumDibaca: [], belumDitindaklanjuti: ['surat-1'] });
    expect(ids(queuesOf(users.kadis, [[registered(), holderRead(), sent('d-1', users.kadis, users.kabid)]]))).toMatchObject({ belumDibaca: [], belumDitindaklanjuti: [] });
  });

  it('a recipient sees a disposisi as unread, then not yet followed up, then overdue after its batas waktu, until they report', () => {
    const base = [registered(), holderRead(), sent('d-1', users.kadis, users.kabid, { batasWaktu: '2024-04-05' })];
    expect(ids(queuesOf(users.kabid, [base], [], '2024-04-05'))).toMatchObject({ belumDibaca: ['d-1'], belumDitindaklanjuti: ['d-1'], lewatBatasWaktu: [] });
    expect(ids(queuesOf(users.kabid, [[...base, acknowledged('d-1', users.kabid)]], [], '2024-04-06'))).toMatchObject({
      belumDibaca: [],
      belumDitindaklanjuti: ['d-1'],
      lewatBatasWaktu: ['d-1'],
    });
    expect(ids(queuesOf(users.kabid, [[...base, acknowledged('d-1', users.kabid), followedUp('d-1', users.kabid)]]))).toMatchObject({
      belumDitindaklanjuti: [],
      lewatBatasWaktu: [],
    });
  });

  it('a disposisi without batas waktu is never overdue; closed dispositions and closed letters leave every queue', () => {
    const noDue = [registered(), holderRead(), sent('d-1', users.kadis, users.kabid, { batasWaktu: null })];
    expect(queuesOf(users.kabid, [noDue], [], '2030-01-01').lewatBatasWaktu).toEqual([]);
    const closedDisposisi = [registered(), holderRead(), sent('d-1', users.kadis, users.kabid), followedUp('d-1', users.kabid), disposisiClosed('d-1', users.kabid)];
    expect(Object.values(queuesOf(users.kabid, [closedDisposisi])).flat()).toEqual([]);
    expect(Object.values(queuesOf(users.kabid, [[registered(), holderRead(), sent('d-1', users.kadis, users.kabid), suratClosed()]])).flat()).toEqual([]);
  });

  it("other people's letters and other dinas's letters are not in the queue", () => {
    const letter = [registered(), holderRead(), sent('d-1', users.kadis, users.kabid)];
    expect(Object.values(queuesOf(users.kabid2, [letter])).flat()).toEqual([]);
    expect(Object.values(queuesOf({ ...users.kabid, tenant: '61' }, [letter])).flat()).toEqual([]);
  });

  it('items carry the perihal, batas waktu and since, oldest first', () => {
    const older = [registered({ letterId: 'surat-0' }), sent('d-0', users.kadis, users.kabid, { letterId: 'surat-0', sentAt: '2024-03-30T01:00:00.000Z' })];
    const newer = [registered(), sent('d-1', users.kadis, users.kabid)];
    const { belumDibaca } = queuesOf(users.kabid, [newer, older]);
    expect(belumDibaca.map((i) => [i.disposisiId, i.perihal, i.batasWaktu, i.since])).toEqual([
      ['d-0', 'Permohonan izin penelitian', '2024-04-05', '2024-03-30T01:00:00.000Z'],
      ['d-1', 'Permohonan izin penelitian', '2024-04-05', '2024-04-01T05:00:00.000Z'],
    ]);
  });
});

describe('queues: surat keluar', () => {
  it('perlu paraf goes to the reviewer whose turn it is, and moves along the chain', () => {
    const atKasi = [written(), submitted(), paraf(1, users.staf)];
    expect(ids(queuesOf(users.kasi, [], [atKasi])).perluParaf).toEqual(['naskah-1']);
    expect(ids(queuesOf(users.kabid, [], [atKasi])).perluParaf).toEqual([]);
    expect(queuesOf(users.kasi, [], [atKasi]).perluParaf[0]?.since).toBe('2024-04-01T03:00:00.000Z');
  });

  it('perlu tanda tangan goes to the signer once every paraf is given', () => {
    expect(ids(queuesOf(users.kadis, [], [[written(), submitted(), ...allParafs()]])).perluTandaTangan).toEqual(['naskah-1']);
    expect(ids(queuesOf(users.kadis, [], [[written(), submitted(), ...allParafs().slice(0, 3)]])).perluTandaTangan).toEqual([]);
  });

  it('perlu dikirim goes to the drafter and the dispatchers until the letter is dispatched', () => {
    const signedLetter = [written(), submitted(), ...allParafs(), signed()];
    expect(ids(queuesOf(users.staf, [], [signedLetter])).perluDikirim).toEqual(['naskah-1']);
    expect(ids(queuesOf(users.petugas, [], [signedLetter])).perluDikirim).toEqual(['naskah-1']);
    expect(ids(queuesOf(users.kasi, [], [signedLetter])).perluDikirim).toEqual([]);
  });

  it('a dispatcher outside the chain of a rahasia letter sees it without its perihal', () => {
    const rahasia = [written({ sifat: 'rahasia' }), submitted(), ...allParafs(), signed()];
    expect(queuesOf(users.petugas, [], [rahasia]).perluDikirim[0]?.perihal).toBeNull();
    expect(queuesOf(users.staf, [], [rahasia]).perluDikirim[0]?.perihal).toBe('Rekomendasi penelitian');
  });
});
