import { looksLikeLegalReference, splitLegalReferences, splitList } from './numbered-list.parser';

describe('splitList', () => {
  it('splits <ol><li> fragments and drops the numbers', () => {
    expect(splitList('<ol style="list-style-type: none"><li>1. Komputer</li><li>2. Internet</li><li>3. Alat Tulis</li></ol>')).toEqual([
      'Komputer',
      'Internet',
      'Alat Tulis',
    ]);
  });

  it('splits a numbered run "1. … 2. …" without cutting "Nomor 2 tahun 2022"', () => {
    expect(
      splitList('<ol> 1. Undang-Undang Nomor 25 Tahun 1992 Tentang Perkoperasian 2. Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 tahun 2022 Tentang Cipta Kerja 3. Printer'),
    ).toEqual(['Undang-Undang Nomor 25 Tahun 1992 Tentang Perkoperasian', 'Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 tahun 2022 Tentang Cipta Kerja', 'Printer']);
  });

  it('splits numbers glued to the previous word ("…Perkoperasian2 Undang-undang…", "SKPD2. Komputer")', () => {
    expect(splitList('1 Undang-undang Nomor 25 Tahun 1992 Tentang Perkoperasian2 Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah3 Peraturan Daerah Nomor 8 Tahun 2016')).toEqual([
      'Undang-undang Nomor 25 Tahun 1992 Tentang Perkoperasian',
      'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah',
      'Peraturan Daerah Nomor 8 Tahun 2016',
    ]);
    expect(splitList('1. DPA SKPD2. Komputer3. Peraturan terkait tentang PLUT4. ATK')).toEqual(['DPA SKPD', 'Komputer', 'Peraturan terkait tentang PLUT', 'ATK']);
    expect(splitList('1. Pendidikan minimal S12. Bisa mengoperasikan Komputer')).toEqual(['Pendidikan minimal S1', 'Bisa mengoperasikan Komputer']);
  });

  it('takes bullet lines as items and a lone word on its own line as the end of the line above', () => {
    expect(splitList('- 1. Renstra, RPJMD, DPA\n- 2. Meja, Kursi\n- Peraturan Presiden Nomor 28 Tahun 2008;')).toEqual(['Renstra, RPJMD, DPA', 'Meja, Kursi', 'Peraturan Presiden Nomor 28 Tahun 2008']);
    expect(splitList('PEMASARAN PRODUK UMKM DI GALERI PLUT\nKUMKM')).toEqual(['PEMASARAN PRODUK UMKM DI GALERI PLUT KUMKM']);
    expect(splitList('DATA ANGSURAN\nDATA TUNGGAKAN')).toEqual(['DATA ANGSURAN', 'DATA TUNGGAKAN']);
  });

  it('gives nothing for empty text', () => {
    expect(splitList('')).toEqual([]);
    expect(splitList('<ol></ol>')).toEqual([]);
  });
});

describe('splitLegalReferences', () => {
  it('splits regulations written one after another without numbers', () => {
    expect(
      splitLegalReferences(
        'Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan Koperasi dan Usaha Mikro, Kecil, dan Menengah Peraturan Presiden Nomor 2 Tahun 2022 tentang Kewirausahaan Keputusan Deputi Bidang Restrukturisasi Usaha nomor: 07 tahun 2019 tentang PLUT',
      ),
    ).toEqual([
      'Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan Koperasi dan Usaha Mikro, Kecil, dan Menengah',
      'Peraturan Presiden Nomor 2 Tahun 2022 tentang Kewirausahaan',
      'Keputusan Deputi Bidang Restrukturisasi Usaha nomor: 07 tahun 2019 tentang PLUT',
    ]);
  });

  it('keeps one regulation that names another ("atas", "dengan", "Pengganti")', () => {
    const item = 'Peraturan Gubernur Nomor 90 Tahun 2019 Tentang Perubahan Atas Peraturan Gubernur Nomor 110 Tahun 2016';
    expect(splitLegalReferences(item)).toEqual([item]);
    const amended = 'Undang-Undang No 9 Tahun 2014 Tentang Pemerintah Daerah yang telah diubah dengan Undang-Undang no 9 Tahun 2015';
    expect(splitLegalReferences(amended)).toEqual([amended]);
  });

  it('tells a regulation from stray text', () => {
    expect(looksLikeLegalReference('PERBUP DANA BERGULIR NOMOR 59 TAHUN 2022')).toBe(true);
    expect(looksLikeLegalReference('Instansi Tidak Berjalan')).toBe(false);
  });
});
