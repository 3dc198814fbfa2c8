import { accepted, refused, type IdentifierCheck } from './identifier-check';

/** NIB (Nomor Induk Berusaha, issued by OSS RBA): exactly 13 digits. Only the structure is checked; OSS owns the number. */
export function checkNib(input: string): IdentifierCheck {
  const value = input.trim();
  if (!/^\d{13}$/.test(value)) return refused('NIB harus 13 digit angka');
  if (/^0+$/.test(value)) return refused('NIB tidak boleh seluruhnya nol');
  return accepted(value);
}
