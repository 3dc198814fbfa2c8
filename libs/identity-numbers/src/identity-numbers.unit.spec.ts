import fc from 'fast-check';
import { checkNib, checkNik, parseNik } from '.';

/** Builds a structurally valid NIK (no real person's number): region, DDMMYY (+40 for women), serial. */
const nik = (o: { region?: string; day?: number; month?: number; year?: number; woman?: boolean; serial?: string } = {}): string => {
  const day = (o.day ?? 17) + (o.woman ? 40 : 0);
  return `${o.region ?? '350101'}${String(day).padStart(2, '0')}${String(o.month ?? 8).padStart(2, '0')}${String(o.year ?? 90).padStart(2, '0')}${o.serial ?? '0001'}`;
};

describe('NIB', () => {
  it('accepts 13 digits, trimmed', () => {
    expect(checkNib(' 9120001234567 ')).toEqual({ ok: true, value: '9120001234567' });
  });
  it.each(['912000123456', '91200012345678', '912000123456a', '', '0000000000000', '9120-00123456'])('refuses %p', (value) => {
    expect(checkNib(value).ok).toBe(false);
  });
});

describe('NIK', () => {
  it('accepts a man and a woman (day + 40) with a known region, and reads the parts', () => {
    expect(checkNik(nik())).toEqual({ ok: true, value: '3501011708900001' });
    const woman = parseNik(nik({ woman: true, day: 5, month: 12, year: 1 }));
    expect(woman).toEqual({ ok: true, value: '3501014512010001', parts: { province: '35', regency: '01', district: '01', sex: 'P', day: 5, month: 12, yearOfCentury: 1, serial: '0001' } });
  });

  it('accepts 29 February only in a year of the century divisible by 4', () => {
    expect(checkNik(nik({ day: 29, month: 2, year: 88 })).ok).toBe(true);
    expect(checkNik(nik({ day: 29, month: 2, year: 0, woman: true })).ok).toBe(true);
    expect(checkNik(nik({ day: 29, month: 2, year: 89 }))).toEqual({ ok: false, reason: 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)' });
  });

  it.each([
    ['15 digits', '350101170890001', 'NIK harus 16 digit angka'],
    ['letters', '35010117089000A1', 'NIK harus 16 digit angka'],
    ['unknown province 99', nik({ region: '990101' }), 'Kode provinsi 99 pada NIK tidak dikenal'],
    ['unknown province 20', nik({ region: '200101' }), 'Kode provinsi 20 pada NIK tidak dikenal'],
    ['regency 00', nik({ region: '350001' }), 'Kode kabupaten/kota pada NIK tidak boleh 00'],
    ['district 00', nik({ region: '350100' }), 'Kode kecamatan pada NIK tidak boleh 00'],
    ['month 13', nik({ month: 13 }), 'Bulan lahir pada NIK tidak valid'],
    ['month 00', nik({ month: 0 }), 'Bulan lahir pada NIK tidak valid'],
    ['day 00', nik({ day: 0 }), 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)'],
    ['day 32', nik({ day: 32 }), 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)'],
    ['31 April', nik({ day: 31, month: 4 }), 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)'],
    ['woman 31 April (71)', nik({ day: 31, month: 4, woman: true }), 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)'],
    ['day 40 (neither)', nik({ day: 40 }), 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)'],
    ['serial 0000', nik({ serial: '0000' }), 'Nomor urut pada NIK tidak boleh 0000'],
  ])('refuses %s', (_label, value, reason) => {
    expect(checkNik(value)).toEqual({ ok: false, reason });
  });

  it('accepts every built NIK with a valid date and refuses every day beyond the month', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (month, day, year, woman) =>
      checkNik(nik({ month, day, year, woman })).ok === true && checkNik(nik({ month, day: 32, year, woman })).ok === false));
  });
});
