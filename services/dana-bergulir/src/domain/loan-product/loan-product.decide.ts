import { assertNever, illegalState, notFound, validationError } from '@jejak/domain-kit';
import type { LoanProductCommand } from './loan-product.commands';
import type { LoanProductEvent } from './loan-product.events';
import { effectiveFromErrors, normalizeTerms, PRODUCT_LIMITS, termsErrors } from './loan-product.rules';
import type { LoanProductState } from './loan-product.state';

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: LoanProductCommand, state: LoanProductState): LoanProductEvent[] {
  switch (command.type) {
    case 'DefineLoanProduct': {
      if (state.stage !== 'none') throw illegalState('LOAN_PRODUCT_ALREADY_EXISTS', `produk pinjaman ${command.id} sudah ada`);
      const code = command.code.trim();
      const name = command.name.trim();
      const errors = [
        ...(!code || code.length > PRODUCT_LIMITS.code ? [{ field: 'code', message: `Kode produk wajib diisi (paling banyak ${PRODUCT_LIMITS.code} karakter)` }] : []),
        ...(!name || name.length > PRODUCT_LIMITS.name ? [{ field: 'name', message: `Nama produk wajib diisi (paling banyak ${PRODUCT_LIMITS.name} karakter)` }] : []),
        ...effectiveFromErrors(command.effectiveFrom),
        ...termsErrors(command.terms),
      ];
      if (errors.length) throw validationError('LOAN_PRODUCT_INVALID', 'Data produk pinjaman tidak valid', errors);
      return [
        {
          type: 'LoanProductDefined',
          data: { id: command.id, tenant: command.tenant, code, name, version: 1, effectiveFrom: command.effectiveFrom, terms: normalizeTerms(command.terms), at: command.at },
        },
      ];
    }
    case 'AddLoanProductVersion': {
      if (state.stage === 'none') throw notFound('LOAN_PRODUCT_NOT_FOUND', 'produk pinjaman tidak ditemukan');
      const errors = [...effectiveFromErrors(command.effectiveFrom), ...termsErrors(command.terms)];
      if (errors.length) throw validationError('LOAN_PRODUCT_INVALID', 'Data produk pinjaman tidak valid', errors);
      const latest = state.versions[state.versions.length - 1];
      if (command.effectiveFrom <= latest.effectiveFrom) {
        throw validationError('LOAN_PRODUCT_VERSION_NOT_LATER', `Versi baru harus berlaku sesudah versi ${latest.version} (${latest.effectiveFrom})`, [
          { field: 'effectiveFrom', message: `Tanggal berlaku harus sesudah ${latest.effectiveFrom}` },
        ]);
      }
      return [{ type: 'LoanProductVersionAdded', data: { version: latest.version + 1, effectiveFrom: command.effectiveFrom, terms: normalizeTerms(command.terms), at: command.at } }];
    }
    default:
      return assertNever(command, 'loan product command');
  }
}
