import { formatNumber, type NumberParts } from './number-sequence/number-template';
import type { LetterNumber, NumberSource } from './letter-values';
import type { Problems } from './problems';

export interface NumberExpectation {
  letterId: string;
  tenant: string;
  /** The sequence the dinas's configuration names for this kind of letter. */
  sequence: string;
  externalSystems?: readonly string[];
}

/**
 * Checks a number handed to a letter: a Jejak number must have been issued for THIS letter from
 * the right book of the right dinas; an external number must name a known system.
 */
export function checkNumberSource(problems: Problems, source: NumberSource | undefined, expected: NumberExpectation, field: string): void {
  if (source === undefined || source === null) {
    problems.check(false, field, `${field} wajib diisi`);
    return;
  }
  switch (source.source) {
    case 'jejak': {
      const { issued } = source;
      problems.check(issued.letterId === expected.letterId, `${field}.issued.letterId`, 'the number was issued for another letter');
      problems.check(issued.tenant === expected.tenant, `${field}.issued.tenant`, "the number belongs to another dinas's book");
      problems.check(issued.sequence === expected.sequence, `${field}.issued.sequence`, `expected a number from ${expected.sequence}`);
      problems.check(Number.isInteger(issued.n) && issued.n > 0, `${field}.issued.n`, 'must be a positive whole number');
      return;
    }
    case 'external':
      problems.text(source.nomor, `${field}.nomor`);
      if (expected.externalSystems !== undefined) {
        problems.check(expected.externalSystems.includes(source.system), `${field}.system`, `unknown system ${source.system}`);
      } else {
        problems.text(source.system, `${field}.system`);
      }
      return;
    default:
      problems.check(false, field, 'unknown number source');
  }
}

/** The number as recorded on the letter; `formatted` from the dinas template for Jejak numbers. */
export function recordNumber(source: NumberSource, template: string, parts: Omit<NumberParts, 'nomor' | 'tahun'>): LetterNumber {
  if (source.source === 'external') {
    return { source: 'external', system: source.system, nomor: source.nomor.trim(), formatted: source.nomor.trim() };
  }
  const { sequence, year, n } = source.issued;
  return { source: 'jejak', sequence, year, n, formatted: formatNumber(template, { ...parts, nomor: n, tahun: year }) };
}
