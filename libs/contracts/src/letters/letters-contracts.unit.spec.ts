import { ContractRegistry } from '../contract';
import { caseFactContracts } from '../cases';
import { TOPICS } from '../topics';
import { LetterSigned, NASKAH_KELUAR_CONTRACTS, SURAT_MASUK_CONTRACTS, SuratMasukRegistered } from './index';

const actor = { userId: 'u-1', role: 'PETUGAS', name: 'Rina' };

describe('letters contracts', () => {
  it('registers every letters contract once, beside the case facts of the letters topic', () => {
    const registry = new ContractRegistry().register(...SURAT_MASUK_CONTRACTS, ...NASKAH_KELUAR_CONTRACTS, ...Object.values(caseFactContracts(TOPICS.letters)));
    expect(registry.types().filter((t) => t.startsWith('jejak.letters.'))).toHaveLength(12);
    expect([...SURAT_MASUK_CONTRACTS, ...NASKAH_KELUAR_CONTRACTS].every((c) => c.topic === 'jejak.letters.v1' && c.version === 1)).toBe(true);
  });

  it('accepts a registration with ids, numbers, sifat, times and actors', () => {
    expect(
      SuratMasukRegistered.validate({
        letterId: 'l-1', caseId: null, tenant: '35', nomorAgenda: { source: 'jejak', sequence: 'agenda-masuk', year: 2024, n: 1 }, sifat: 'rahasia',
        tanggalDiterima: '2024-04-01', registeredBy: actor, routedTo: { ...actor, role: 'KEPALA_DINAS' }, registeredAt: '2024-04-01T02:00:00.000Z',
      }),
    ).toEqual([]);
  });

  it('refuses content fields: a perihal or notes are violations', () => {
    const violations = LetterSigned.validate({
      letterId: 'l-1', jenis: 'surat_keluar', sifat: 'biasa', nomor: { source: 'jejak', sequence: 'surat-keluar', year: 2024, n: 3 }, tanggalSurat: '2024-04-03',
      by: actor, signedAt: '2024-04-03T01:00:00.000Z', perihal: 'Rekomendasi penelitian', catatan: 'x',
    });
    expect(violations.map((v) => v.field).sort()).toEqual(['catatan', 'perihal']);
  });
});
