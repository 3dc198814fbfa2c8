import { accepted, refused, type IdentifierCheck } from '@jejak/identity-numbers';

/**
 * The shape of a NIK koperasi (Nomor Induk Koperasi, issued through the ministry's ODS). The domain
 * notes give no authoritative shape, so it is per-dinas data carried by the permit type
 * (`identifierShapes.nikKoperasi`), never a constant here.
 */
export interface NikKoperasiShape {
  /** Number of digits. */
  digits: number;
  /** Optional leading digits every number starts with (e.g. a province code), when the dinas knows them. */
  prefix?: string;
}

export function checkNikKoperasi(input: string, shape: NikKoperasiShape): IdentifierCheck {
  const value = input.trim();
  if (!/^\d+$/.test(value) || value.length !== shape.digits) return refused(`NIK koperasi harus ${shape.digits} digit angka`);
  if (/^0+$/.test(value)) return refused('NIK koperasi tidak boleh seluruhnya nol');
  if (shape.prefix && !value.startsWith(shape.prefix)) return refused(`NIK koperasi harus diawali ${shape.prefix}`);
  return accepted(value);
}
