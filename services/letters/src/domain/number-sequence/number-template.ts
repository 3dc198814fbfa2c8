import { assertNever, validationError } from '@jejak/domain-kit';

/**
 * A dinas's numbering template, e.g. `{klasifikasi} / {nomor} / {unit}` → "000.8 / 1622 / DISKOPUKM.B"
 * or `{klasifikasi} / {nomor} / KUKRU - {bulan_romawi} - 1` → "518 / 917 / KUKRU - IV - 1".
 * The pattern of Permendagri 1/2023 is UNVERIFIED, so templates are per-dinas data.
 */
export const NUMBER_PLACEHOLDERS = ['klasifikasi', 'nomor', 'unit', 'tahun', 'bulan', 'bulan_romawi'] as const;
export type NumberPlaceholder = (typeof NUMBER_PLACEHOLDERS)[number];

export interface NumberParts {
  /** The sequence number; always required. */
  nomor: number;
  /** Archive classification code, e.g. `000.8`. */
  klasifikasi?: string;
  /** Unit code, e.g. `DISKOPUKM.B`. */
  unit?: string;
  tahun?: number;
  /** 1-12; also gives `{bulan_romawi}`. */
  bulan?: number;
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export function toRomanMonth(month: number): string {
  const roman = Number.isInteger(month) ? ROMAN_MONTHS[month - 1] : undefined;
  if (roman === undefined) throw validationError('NUMBER_PARTS_INVALID', `bulan ${month} is not 1-12`, [{ field: 'parts.bulan', message: 'bulan must be 1-12' }]);
  return roman;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const isPlaceholder = (name: string): name is NumberPlaceholder => (NUMBER_PLACEHOLDERS as readonly string[]).includes(name);

/** The problems of a template; empty when it is valid. */
export function templateProblems(template: unknown): string[] {
  if (typeof template !== 'string' || template.trim() === '') return ['template is empty'];
  const problems: string[] = [];
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  const unknown = names.filter((name) => !isPlaceholder(name));
  if (unknown.length > 0) problems.push(`unknown placeholder(s) ${unknown.map((n) => `{${n}}`).join(', ')}; allowed: ${NUMBER_PLACEHOLDERS.map((n) => `{${n}}`).join(', ')}`);
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) problems.push('unbalanced { or }');
  const nomorCount = names.filter((name) => name === 'nomor').length;
  if (nomorCount !== 1) problems.push('template must contain {nomor} exactly once, or numbers would not be unique');
  return problems;
}

/** Throws a validation DomainError naming the field `template` when the template is invalid. */
export function validateTemplate(template: unknown): asserts template is string {
  const problems = templateProblems(template);
  if (problems.length > 0) {
    throw validationError('NUMBER_TEMPLATE_INVALID', `invalid numbering template: ${problems.join('; ')}`, problems.map((message) => ({ field: 'template', message })));
  }
}

/** The placeholders a (valid) template uses, in order. */
export function placeholdersOf(template: string): NumberPlaceholder[] {
  validateTemplate(template);
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as NumberPlaceholder);
}

/** Pure: fills a template. Fails on an invalid template or a missing part the template needs. */
export function formatNumber(template: string, parts: NumberParts): string {
  const used = placeholdersOf(template);
  if (!Number.isInteger(parts.nomor) || parts.nomor < 1) {
    throw validationError('NUMBER_PARTS_INVALID', 'nomor must be a positive integer', [{ field: 'parts.nomor', message: 'nomor must be a positive integer' }]);
  }
  if (parts.bulan !== undefined) toRomanMonth(parts.bulan);
  const missing = used.filter((name) => valueOf(name, parts) === undefined);
  if (missing.length > 0) {
    throw validationError(
      'NUMBER_PARTS_MISSING',
      `the template needs ${missing.join(', ')}`,
      missing.map((name) => ({ field: `parts.${name === 'bulan_romawi' ? 'bulan' : name}`, message: `{${name}} has no value` })),
    );
  }
  return template.replace(PLACEHOLDER, (_, name: NumberPlaceholder) => valueOf(name, parts) as string);
}

function valueOf(name: NumberPlaceholder, parts: NumberParts): string | undefined {
  switch (name) {
    case 'nomor':
      return String(parts.nomor);
    case 'klasifikasi':
      return nonEmpty(parts.klasifikasi);
    case 'unit':
      return nonEmpty(parts.unit);
    case 'tahun':
      return parts.tahun === undefined ? undefined : String(parts.tahun);
    case 'bulan':
      return parts.bulan === undefined ? undefined : String(parts.bulan);
    case 'bulan_romawi':
      return parts.bulan === undefined ? undefined : toRomanMonth(parts.bulan);
    default:
      return assertNever(name, 'placeholder');
  }
}

const nonEmpty = (value: string | undefined) => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);
