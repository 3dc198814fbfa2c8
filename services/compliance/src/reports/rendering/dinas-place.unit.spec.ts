import { PROVINCE_CAPITALS, signingPlaceOf } from './dinas-place';

describe('the place a dinas signs its forms', () => {
  it('a province signs in its capital', () => {
    expect(signingPlaceOf('35', 'Dinas Koperasi dan UKM Provinsi Jawa Timur')).toBe('Surabaya');
    expect(signingPlaceOf('61', 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT')).toBe('Pontianak');
    expect(Object.keys(PROVINCE_CAPITALS)).toHaveLength(38);
  });

  it('a kota or kabupaten signs under its own name, written as a name', () => {
    expect(signingPlaceOf('35.01', 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan')).toBe('Pacitan');
    expect(signingPlaceOf('61.71', 'DINAS KOPERASI DAN UKM KOTA PONTIANAK')).toBe('Pontianak');
    expect(signingPlaceOf('35.10', 'Dinas Koperasi Kabupaten   Banyuwangi ')).toBe('Banyuwangi');
  });

  it('knows no place when neither the tenant nor the name tells it', () => {
    expect(signingPlaceOf('35.01', 'Dinas Koperasi, Usaha Mikro dan Perindustrian')).toBeNull();
    expect(signingPlaceOf('99', 'Dinas Koperasi')).toBeNull();
  });
});
