import { Vocabulary } from './vocabulary';

describe('Vocabulary', () => {
  const vocabulary = Vocabulary.of(
    [
      'UMKM\tKONSU LTAN\tADMIN',
      'UMKM 1\tKONSULTAN 2\tKOOR',
      'Melakukan evaluasi\tDokument asi',
      'Laporan\tDokumentasi',
      'Menindaklanjuti Pendamping PLUT dan Kasi, akan di paraf dan diparaf, untuk di paraf, memberikan paraf',
      'DASAR HUKUM:\tKUALIFIKASI PELAKSA\tANA',
      'KUALIFIKASI PELAKSANA',
      'UPT PENGELOLA DANA\tA BERGULIR',
      'Kepala UPT menugaskan',
      'TGL. PEMBUATAN : 04 Janua\tri 2023 dan 04 Januari 2023',
    ].join('\n'),
  );

  it('joins a word split by a space when the whole word occurs elsewhere and a piece never occurs alone', () => {
    expect(vocabulary.repairWords('KONSU LTAN')).toBe('KONSULTAN');
    expect(vocabulary.repairWords('Dokument asi,')).toBe('Dokumentasi,');
  });

  it('leaves two real words alone even when their join is a word ("di paraf")', () => {
    expect(vocabulary.repairWords('akan di paraf')).toBe('akan di paraf');
    expect(vocabulary.repairWords('Kepala Dinas')).toBe('Kepala Dinas');
  });

  it('mends a word cut by a cell boundary, also when the cut repeated a letter', () => {
    expect(vocabulary.joinCells(['KUALIFIKASI PELAKSA', 'ANA'])).toBe('KUALIFIKASI PELAKSANA');
    expect(vocabulary.joinCells(['UPT PENGELOLA DANA', 'A BERGULIR'])).toBe('UPT PENGELOLA DANA BERGULIR');
    expect(vocabulary.joinCells(['04 Janua', 'ri 2023'])).toBe('04 Januari 2023');
    expect(vocabulary.joinCells(['DASAR HUKUM:', 'KUALIFIKASI'])).toBe('DASAR HUKUM: KUALIFIKASI');
  });

  it('says where each cell starts in the joined text', () => {
    expect(vocabulary.joinCellsAt(['', 'Nomor SOP', ':', 'x'])).toEqual({ text: 'Nomor SOP : x', cellStarts: [0, 0, 10, 12] });
  });

  it('knows acronyms: listed ones, ones without vowels, and capitals used among lowercase words', () => {
    expect(vocabulary.isAcronym('PLUT')).toBe(true);
    expect(vocabulary.isAcronym('UPT')).toBe(true);
    expect(vocabulary.isAcronym('PPK')).toBe(true);
    expect(vocabulary.isAcronym('KOOR')).toBe(false);
    expect(vocabulary.isAcronym('ADMIN')).toBe(false);
  });
});
