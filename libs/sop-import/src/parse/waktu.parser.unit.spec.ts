import { countWaktuValues, parseWaktu, readWaktu } from './waktu.parser';

describe('parseWaktu', () => {
  it.each([
    ['15 Menit', 15, 15, 'menit'],
    ['10 menit', 10, 10, 'menit'],
    ['240 menit', 240, 240, 'menit'],
    ['1 jam', 1, 1, 'jam'],
    ['2 Jam', 2, 2, 'jam'],
    ['1 hari', 1, 1, 'hari'],
    ['3 Hari', 3, 3, 'hari'],
    ['3 hari kerja', 3, 3, 'hari'],
    ['2 Minggu', 2, 2, 'minggu'],
    ['6 bulan', 6, 6, 'bulan'],
    ['5 Bulan', 5, 5, 'bulan'],
    ['1,5 jam', 1.5, 1.5, 'jam'],
    ['1x24 jam', 24, 24, 'jam'],
    ['1 tahun', 12, 12, 'bulan'],
    ['satu hari', 1, 1, 'hari'],
    ['15 menit/berkas', 15, 15, 'menit'],
  ])('reads "%s" as a fixed time', (raw, min, max, unit) => {
    expect(parseWaktu(raw)).toEqual({ raw, min, max, unit, ceiling: false });
  });

  it.each([
    ['2-4 hari', 2, 4],
    ['2-7 hari', 2, 7],
    ['2 – 7 hari', 2, 7],
    ['2 s.d. 3 hari', 2, 3],
    ['1 sampai 2 hari', 1, 2],
  ])('reads "%s" as a range', (raw, min, max) => {
    expect(parseWaktu(raw)).toEqual({ raw, min, max, unit: 'hari', ceiling: false });
  });

  it('reads "Maksimal 1 hari" as a ceiling without a minimum', () => {
    expect(parseWaktu('Maksimal 1 hari')).toEqual({ raw: 'Maksimal 1 hari', min: null, max: 1, unit: 'hari', ceiling: true });
    expect(parseWaktu('paling lama 3 jam')).toEqual({ raw: 'paling lama 3 jam', min: null, max: 3, unit: 'jam', ceiling: true });
  });

  it('reads "Minimal 2 hari" as a floor without a maximum', () => {
    expect(parseWaktu('Minimal 2 hari')).toEqual({ raw: 'Minimal 2 hari', min: 2, max: null, unit: 'hari', ceiling: false });
  });

  it.each(['Menyesuaikan', 'N/A', '', '-', 'Sesuai kebutuhan'])('reads "%s" as no standard time, and recognises it', (raw) => {
    expect(readWaktu(raw)).toEqual({ waktu: { raw, min: null, max: null, unit: null, ceiling: false }, recognised: true });
  });

  it('keeps the raw text trimmed and says when it did not understand it', () => {
    expect(readWaktu('  1  ')).toEqual({ waktu: { raw: '1', min: null, max: null, unit: null, ceiling: false }, recognised: false });
    expect(readWaktu('WAKT 1 hari N/A').recognised).toBe(false);
    expect(readWaktu('30 detik').recognised).toBe(false);
    expect(readWaktu('7-2 hari').recognised).toBe(false);
  });

  it('counts the waktu values in a cell that OCR merged from several rows', () => {
    expect(countWaktuValues('WAKT 1 hari N/A 1 hari N/A N/A')).toBe(5);
    expect(countWaktuValues('Maksimal 1 hari')).toBe(1);
    expect(countWaktuValues('Surat Tugas')).toBe(0);
  });
});
