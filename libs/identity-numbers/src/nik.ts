import { accepted, refused, type IdentifierCheck } from './identifier-check';

/**
 * Province codes of Kemendagri (the first two digits of a NIK): Sumatra 11–19, Jawa 31–36, Bali and
 * Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–96.
 */
const PROVINCES = new Set<string>([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface NikParts {
  province: string;
  /** Kabupaten (01–69) or kota (71–99) within the province. */
  regency: string;
  district: string;
  /** Day of birth as written in the NIK: women have 40 added. */
  sex: 'L' | 'P';
  day: number;
  month: number;
  /** Two digits: the century is not in the NIK. */
  yearOfCentury: number;
  serial: string;
}

/**
 * NIK (Nomor Induk Kependudukan): 16 digits = province (2) regency (2) district (2) date of birth
 * DDMMYY (women: day + 40) serial (4). The region part must name a known province and non-zero
 * regency and district; the date part must be a calendar date (29 February only in a year of the
 * century divisible by 4); the serial is not 0000. Structure only: Dukcapil owns the number.
 */
export function parseNik(input: string): { ok: true; parts: NikParts; value: string } | { ok: false; reason: string } {
  const value = input.trim();
  if (!/^\d{16}$/.test(value)) return { ok: false, reason: 'NIK harus 16 digit angka' };
  const province = value.slice(0, 2);
  const regency = value.slice(2, 4);
  const district = value.slice(4, 6);
  if (!PROVINCES.has(province)) return { ok: false, reason: `Kode provinsi ${province} pada NIK tidak dikenal` };
  if (regency === '00') return { ok: false, reason: 'Kode kabupaten/kota pada NIK tidak boleh 00' };
  if (district === '00') return { ok: false, reason: 'Kode kecamatan pada NIK tidak boleh 00' };
  const rawDay = Number(value.slice(6, 8));
  const month = Number(value.slice(8, 10));
  const yearOfCentury = Number(value.slice(10, 12));
  const sex = rawDay > 40 ? 'P' : 'L';
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  if (month < 1 || month > 12) return { ok: false, reason: 'Bulan lahir pada NIK tidak valid' };
  const maxDay = month === 2 && yearOfCentury % 4 !== 0 ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > maxDay) return { ok: false, reason: 'Tanggal lahir pada NIK tidak valid (perempuan: tanggal + 40)' };
  const serial = value.slice(12);
  if (serial === '0000') return { ok: false, reason: 'Nomor urut pada NIK tidak boleh 0000' };
  return { ok: true, value, parts: { province, regency, district, sex, day, month, yearOfCentury, serial } };
}

export function checkNik(input: string): IdentifierCheck {
  const parsed = parseNik(input);
  return parsed.ok ? accepted(parsed.value) : refused(parsed.reason);
}
