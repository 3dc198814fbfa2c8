import { assertNever, illegalState, notFound, validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { effectiveFromErrors, PRODUCT_LIMITS } from '../loan-product/loan-product.rules';
import type { ProgrammeCommand } from './programme.commands';
import type { ProgrammeEvent, ProgrammeTerms } from './programme.events';
import type { ProgrammeState } from './programme.state';

export const PROGRAMME_LIMITS = { sourceOfFunds: 200, maxCeiling: 10_000_000_000_000 } as const;

function termsErrors(terms: ProgrammeTerms): DomainErrorDetail[] {
  const errors: DomainErrorDetail[] = [];
  const source = terms.sourceOfFunds.trim();
  if (!source || source.length > PROGRAMME_LIMITS.sourceOfFunds) errors.push({ field: 'terms.sourceOfFunds', message: `Sumber dana wajib diisi (paling banyak ${PROGRAMME_LIMITS.sourceOfFunds} karakter)` });
  if (!Number.isSafeInteger(terms.ceiling) || terms.ceiling <= 0 || terms.ceiling > PROGRAMME_LIMITS.maxCeiling) {
    errors.push({ field: 'terms.ceiling', message: `Pagu program harus bilangan bulat rupiah antara 1 dan ${PROGRAMME_LIMITS.maxCeiling}` });
  }
  return errors;
}

const normalize = (terms: ProgrammeTerms): ProgrammeTerms => ({ sourceOfFunds: terms.sourceOfFunds.trim(), ceiling: terms.ceiling });

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: ProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] {
  switch (command.type) {
    case 'DefineProgramme': {
      if (state.stage !== 'none') throw illegalState('PROGRAMME_ALREADY_EXISTS', `program ${command.id} sudah ada`);
      const code = command.code.trim();
      const name = command.name.trim();
      const errors = [
        ...(!code || code.length > PRODUCT_LIMITS.code ? [{ field: 'code', message: `Kode program wajib diisi (paling banyak ${PRODUCT_LIMITS.code} karakter)` }] : []),
        ...(!name || name.length > PRODUCT_LIMITS.name ? [{ field: 'name', message: `Nama program wajib diisi (paling banyak ${PRODUCT_LIMITS.name} karakter)` }] : []),
        ...effectiveFromErrors(command.effectiveFrom),
        ...termsErrors(command.terms),
      ];
      if (errors.length) throw validationError('PROGRAMME_INVALID', 'Data program dana bergulir tidak valid', errors);
      return [{ type: 'ProgrammeDefined', data: { id: command.id, tenant: command.tenant, code, name, version: 1, effectiveFrom: command.effectiveFrom, terms: normalize(command.terms), at: command.at } }];
    }
    case 'AddProgrammeVersion': {
      if (state.stage === 'none') throw notFound('PROGRAMME_NOT_FOUND', 'program dana bergulir tidak ditemukan');
      const errors = [...effectiveFromErrors(command.effectiveFrom), ...termsErrors(command.terms)];
      if (errors.length) throw validationError('PROGRAMME_INVALID', 'Data program dana bergulir tidak valid', errors);
      const latest = state.versions[state.versions.length - 1];
      if (command.effectiveFrom <= latest.effectiveFrom) {
        throw validationError('PROGRAMME_VERSION_NOT_LATER', `Versi baru harus berlaku sesudah versi ${latest.version} (${latest.effectiveFrom})`, [
          { field: 'effectiveFrom', message: `Tanggal berlaku harus sesudah ${latest.effectiveFrom}` },
        ]);
      }
      return [{ type: 'ProgrammeVersionAdded', data: { version: latest.version + 1, effectiveFrom: command.effectiveFrom, terms: normalize(command.terms), at: command.at } }];
    }
    default:
      return assertNever(command, 'programme command');
  }
}
