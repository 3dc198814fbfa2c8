import { validationError } from '@jejak/domain-kit';

/** A Kemendagri region code of a dinas: a province ("35") or a regency/city ("35.01"). */
export const DINAS_CODE_PATTERN = /^\d{2}(?:\.\d{2})?$/;

export function isDinasCode(code: string): boolean {
  return DINAS_CODE_PATTERN.test(code);
}

/** Throws a validation DomainError (code `DINAS_CODE_INVALID`) for a malformed code. */
export function assertDinasCode(code: string): void {
  if (!isDinasCode(code)) {
    throw validationError('DINAS_CODE_INVALID', `Kode dinas "${code}" tidak valid: gunakan kode wilayah Kemendagri, mis. "35" (provinsi) atau "35.01" (kabupaten/kota)`, [
      { field: 'dinas', message: 'format: NN atau NN.NN' },
    ]);
  }
}
