import { TOPICS } from '../topics';
import { LetterSigned, letterRequestContract } from './letter-requests.v1';

const request = {
  requestId: 'loan-7f1c/surat-tagihan-1',
  origin: { service: 'dana-bergulir', reference: 'loan/7f1c', purpose: 'surat-tagihan-1' },
  kind: 'surat-keluar',
  jenis: 'surat-tagihan',
  perihal: 'Surat Tagihan I Pinjaman Dana Bergulir',
  isi: 'Dengan hormat, angsuran pinjaman Saudara telah jatuh tempo.',
  tujuan: [{ nama: 'Koperasi Sumber Rejeki', alamat: 'Jl. Ahmad Yani 1, Pacitan' }],
  signerRole: 'KEPALA_DINAS',
  requestedBy: { userId: 'u-1', role: 'PELAKSANA', name: 'Sri Wahyuni' },
  at: '2026-11-02T02:00:00.000Z',
};

describe('letter request contracts', () => {
  const requested = letterRequestContract(TOPICS.danaBergulir);

  it('is published on the requesting service topic under the shared type name', () => {
    expect(requested.topic).toBe('jejak.dana-bergulir.v1');
    expect(requested.type).toBe('jejak.letter.requested.v1');
    expect(requested.validate(request)).toEqual([]);
  });

  it('names every bad field of a request, nested ones included', () => {
    const fields = requested
      .validate({ ...request, requestId: ' bad id', kind: 'memo', tujuan: [], origin: { ...request.origin, service: 'Dana Bergulir' }, extra: 1 })
      .map((v) => v.field)
      .sort();
    expect(fields).toEqual(expect.arrayContaining(['extra', 'kind', 'origin.service', 'requestId', 'tujuan']));
  });

  it('answers with the letter number and a strict date of the letter', () => {
    const signed = {
      requestId: request.requestId,
      origin: request.origin,
      at: '2026-11-03T03:00:00.000Z',
      letterId: 'sk-1',
      nomor: '500/123/408.38/2026',
      tanggal: '2026-11-03',
      signedBy: { userId: 'u-9', role: 'KEPALA_DINAS', name: 'Drs. Bambang' },
    };
    expect(LetterSigned.validate(signed)).toEqual([]);
    expect(LetterSigned.validate({ ...signed, tanggal: '3 November 2026' }).map((v) => v.field)).toEqual(['tanggal']);
  });
});
