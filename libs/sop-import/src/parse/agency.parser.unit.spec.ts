import { looksLikeAgency, parseAgency } from './agency.parser';

describe('parseAgency', () => {
  it('names the dinas before its region, as the dinas is called', () => {
    expect(parseAgency(['Pemerintah Provinsi Jawa Timur Dinas Koperasi dan UKM', 'Bidang Produksi Dan Restrukturisasi Usaha'])).toEqual({
      instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
      unit: 'Bidang Produksi Dan Restrukturisasi Usaha',
    });
  });

  it('reads the unit written after the dinas on the same line', () => {
    expect(parseAgency(['Pemerintah Provinsi Jawa Timur Dinas Koperasi dan UKM Sekretariat'])).toEqual({ instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur', unit: 'Sekretariat' });
    expect(parseAgency(['PEMERINTAH PROVINSI KALIMANTAN BARAT', 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH', 'BIDANG PEMBERDAYAAN USAHA KECIL'])).toEqual({
      instansi: 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT',
      unit: 'BIDANG PEMBERDAYAAN USAHA KECIL',
    });
  });

  it('keeps a dinas that already names its region', () => {
    expect(parseAgency(['DINAS KOPERASI, USAHA MIKRO DAN PERINDUSTRIAN KABUPATEN PACITAN']).instansi).toBe('DINAS KOPERASI, USAHA MIKRO DAN PERINDUSTRIAN KABUPATEN PACITAN');
    expect(parseAgency([])).toEqual({ instansi: null, unit: null });
  });

  it('tells agency text from logo debris', () => {
    expect(looksLikeAgency('PEMERINTAH KABUPATEN PACITAN DINAS KOPERASI')).toBe(true);
    expect(looksLikeAgency('Bidang Produksi Dan Restrukturisasi Usaha')).toBe(true);
    expect(looksLikeAgency('Tariff Control')).toBe(false);
  });

  it('takes the unit from its own header line, not the rest of the header block', () => {
    expect(parseAgency(['Dinas Koperasi dan UKM Provinsi Jawa Timur', 'Bidang Usaha Mikro', 'Jl. Juanda No. 22 Surabaya', 'Telp. (031) 8531234'])).toEqual({
      instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
      unit: 'Bidang Usaha Mikro',
    });
  });
});
