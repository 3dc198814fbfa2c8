import { accepted, refused, type IdentifierCheck } from '@jejak/identity-numbers';

/**
 * NIK koperasi (Nomor Induk Koperasi, issued through the ministry's ODS). No authoritative shape is
 * known (domain notes), so only digits, at most 30, not all zero, are checked here; ODS owns the number.
 */
export function checkNikKoperasi(input: string): IdentifierCheck {
  const value = input.trim();
  if (!/^\d{1,30}$/.test(value)) return refused('NIK koperasi harus berupa digit angka (paling banyak 30)');
  if (/^0+$/.test(value)) return refused('NIK koperasi tidak boleh seluruhnya nol');
  return accepted(value);
}
