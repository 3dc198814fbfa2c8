import { addMonths, isCalendarDate } from './calendar-date';
import { add, compare, div, fromInteger, isZero, mul, ONE, parseDecimal, pow, rational, sub, toDecimalString, type Rational } from './rational';
import { toRupiah } from './rounding';

/**
 * - `flat`: jasa on the original principal every period; equal principal shares.
 * - `declining`: declining balance with equal principal shares; jasa on the outstanding balance.
 * - `annuity`: equal installments A = P·r / (1 − (1 + r)^−n); jasa on the outstanding balance, the
 *   rest of A is principal.
 */
export type ScheduleMethod = 'flat' | 'declining' | 'annuity';
export const SCHEDULE_METHODS: readonly ScheduleMethod[] = ['flat', 'declining', 'annuity'];

export type InstallmentFrequency = 'monthly' | 'quarterly' | 'semiannual' | 'annual';
export const INSTALLMENT_FREQUENCIES: readonly InstallmentFrequency[] = ['monthly', 'quarterly', 'semiannual', 'annual'];
export const MONTHS_PER_PERIOD: Readonly<Record<InstallmentFrequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/**
 * Grace on principal (no principal is due in the first `periods` installments). Jasa in the grace
 * periods is `paid` as usual, `deferred` (accrues and is due with the first installment after grace),
 * or `waived` (not charged).
 */
export type GraceInterest = 'paid' | 'deferred' | 'waived';
export const GRACE_INTEREST: readonly GraceInterest[] = ['paid', 'deferred', 'waived'];
export interface Grace {
  periods: number;
  interest: GraceInterest;
}

export interface ScheduleInput {
  /** Integer rupiah, > 0. */
  principal: number;
  /** Jasa per year in percent, as a decimal string ("6", "6.5"): never a binary float. */
  annualRatePercent: string;
  /** The term in months; a whole number of installment periods. */
  termMonths: number;
  method: ScheduleMethod;
  frequency?: InstallmentFrequency;
  grace?: Grace;
  /** The actual disbursement date (YYYY-MM-DD): installment k falls k periods later. Without it, no due dates. */
  startDate?: string;
}

export interface Installment {
  number: number;
  /** YYYY-MM-DD, or null when the schedule has no start date. */
  dueDate: string | null;
  /** Pokok (integer rupiah). */
  principal: number;
  /** Jasa (integer rupiah). */
  interest: number;
  total: number;
  /** Outstanding principal after this installment. */
  balance: number;
}

export interface Schedule {
  principal: number;
  annualRatePercent: string;
  termMonths: number;
  method: ScheduleMethod;
  frequency: InstallmentFrequency;
  grace: Grace;
  startDate: string | null;
  /** The jasa rate per period, exact, shown with 10 decimals (e.g. "0.0050000000" for 6 % a year, monthly). */
  periodRate: string;
  installments: Installment[];
  totals: { principal: number; interest: number; total: number };
}

export interface ScheduleFieldError {
  field: keyof ScheduleInput | 'grace.periods' | 'grace.interest';
  code: string;
  /** Bahasa Indonesia, for the person who typed the value. */
  message: string;
}

export class ScheduleInputError extends Error {
  constructor(readonly errors: ScheduleFieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'ScheduleInputError';
  }
}

export const SCHEDULE_LIMITS = { maxPrincipal: 10_000_000_000_000, maxTermMonths: 360, maxAnnualRatePercent: 100 } as const;

/** The field errors of an input (empty when it is valid). The service and the CLI report these as they are. */
export function scheduleInputErrors(input: ScheduleInput): ScheduleFieldError[] {
  const errors: ScheduleFieldError[] = [];
  const frequency = input.frequency ?? 'monthly';
  if (!Number.isSafeInteger(input.principal) || input.principal <= 0 || input.principal > SCHEDULE_LIMITS.maxPrincipal) {
    errors.push({ field: 'principal', code: 'SCHEDULE_PRINCIPAL_INVALID', message: `Pokok pinjaman harus bilangan bulat rupiah antara 1 dan ${SCHEDULE_LIMITS.maxPrincipal}` });
  }
  const rate = typeof input.annualRatePercent === 'string' ? parseDecimal(input.annualRatePercent) : null;
  if (!rate || compare(rate, fromInteger(SCHEDULE_LIMITS.maxAnnualRatePercent)) > 0) {
    errors.push({ field: 'annualRatePercent', code: 'SCHEDULE_RATE_INVALID', message: 'Suku jasa per tahun harus angka desimal 0–100 (persen), mis. "6" atau "6.5"' });
  }
  if (!INSTALLMENT_FREQUENCIES.includes(frequency)) {
    errors.push({ field: 'frequency', code: 'SCHEDULE_FREQUENCY_INVALID', message: `Frekuensi angsuran harus salah satu dari: ${INSTALLMENT_FREQUENCIES.join(', ')}` });
  }
  if (!SCHEDULE_METHODS.includes(input.method)) {
    errors.push({ field: 'method', code: 'SCHEDULE_METHOD_INVALID', message: `Metode angsuran harus salah satu dari: ${SCHEDULE_METHODS.join(', ')}` });
  }
  const months = INSTALLMENT_FREQUENCIES.includes(frequency) ? MONTHS_PER_PERIOD[frequency] : 1;
  const termOk = Number.isSafeInteger(input.termMonths) && input.termMonths >= 1 && input.termMonths <= SCHEDULE_LIMITS.maxTermMonths && input.termMonths % months === 0;
  if (!termOk) {
    errors.push({ field: 'termMonths', code: 'SCHEDULE_TERM_INVALID', message: `Jangka waktu harus 1–${SCHEDULE_LIMITS.maxTermMonths} bulan dan kelipatan ${months} bulan` });
  }
  if (input.grace) {
    const count = termOk ? input.termMonths / months : 0;
    if (!Number.isSafeInteger(input.grace.periods) || input.grace.periods < 0 || (termOk && input.grace.periods >= count)) {
      errors.push({ field: 'grace.periods', code: 'SCHEDULE_GRACE_INVALID', message: 'Masa tenggang pokok harus 0 atau lebih dan lebih pendek dari jumlah angsuran' });
    }
    if (!GRACE_INTEREST.includes(input.grace.interest)) {
      errors.push({ field: 'grace.interest', code: 'SCHEDULE_GRACE_INTEREST_INVALID', message: `Jasa masa tenggang harus salah satu dari: ${GRACE_INTEREST.join(', ')}` });
    }
  }
  if (input.startDate !== undefined && !isCalendarDate(input.startDate)) {
    errors.push({ field: 'startDate', code: 'SCHEDULE_START_DATE_INVALID', message: 'Tanggal pencairan harus tanggal kalender YYYY-MM-DD' });
  }
  return errors;
}

const tooSmall = (): ScheduleInputError =>
  new ScheduleInputError([{ field: 'principal', code: 'SCHEDULE_PRINCIPAL_TOO_SMALL', message: 'Pokok pinjaman terlalu kecil untuk jumlah angsuran ini' }]);

/** Per-period amounts before dates and balances: principal and jasa of each installment. */
type Row = { principal: number; interest: number };

/** The annuity payment, exact: P·r·(1+r)^n / ((1+r)^n − 1); P/n when r = 0. */
export function annuityPayment(principal: number, periodRate: Rational, periods: number): Rational {
  const p = fromInteger(principal);
  if (isZero(periodRate)) return div(p, fromInteger(periods));
  const growth = pow(add(ONE, periodRate), periods);
  return div(mul(mul(p, periodRate), growth), sub(growth, ONE));
}

/**
 * The repayment schedule, a pure function of its input: integer rupiah, exact rationals in between,
 * each amount rounded once by `toRupiah`; the last installment takes the remaining principal, so
 * the principal column sums to the principal exactly. Throws ScheduleInputError naming the field.
 */
export function generateSchedule(input: ScheduleInput): Schedule {
  const errors = scheduleInputErrors(input);
  if (errors.length) throw new ScheduleInputError(errors);
  const frequency = input.frequency ?? 'monthly';
  const grace: Grace = input.grace ?? { periods: 0, interest: 'paid' };
  const months = MONTHS_PER_PERIOD[frequency];
  const count = input.termMonths / months;
  const annual = parseDecimal(input.annualRatePercent) as Rational;
  const periodRate = mul(annual, rational(BigInt(months), 1200n));
  const P = input.principal;
  const amortising = count - grace.periods;

  const rows: Row[] = [];
  // Grace periods: no principal; jasa on the full principal (flat or not: the balance is still P).
  const graceInterest = toRupiah(mul(fromInteger(P), periodRate));
  for (let k = 0; k < grace.periods; k += 1) rows.push({ principal: 0, interest: grace.interest === 'paid' ? graceInterest : 0 });
  const deferred = grace.interest === 'deferred' ? graceInterest * grace.periods : 0;

  let balance = P;
  switch (input.method) {
    case 'flat':
    case 'declining': {
      const share = toRupiah(div(fromInteger(P), fromInteger(amortising)));
      if (amortising > 1 && share * (amortising - 1) >= P) throw tooSmall();
      const flatInterest = toRupiah(mul(fromInteger(P), periodRate));
      for (let k = 1; k <= amortising; k += 1) {
        const principal = k === amortising ? balance : share;
        const interest = input.method === 'flat' ? flatInterest : toRupiah(mul(fromInteger(balance), periodRate));
        rows.push({ principal, interest });
        balance -= principal;
      }
      break;
    }
    case 'annuity': {
      const payment = toRupiah(annuityPayment(P, periodRate, amortising));
      for (let k = 1; k <= amortising; k += 1) {
        const interest = toRupiah(mul(fromInteger(balance), periodRate));
        const principal = k === amortising ? balance : payment - interest;
        // Rounded installments that would repay everything before the last one mean the principal is too small for n.
        if (principal < 0 || principal > balance || (k < amortising && principal === balance)) throw tooSmall();
        rows.push({ principal, interest });
        balance -= principal;
      }
      break;
    }
    default: {
      const unknown: never = input.method;
      throw new ScheduleInputError([{ field: 'method', code: 'SCHEDULE_METHOD_INVALID', message: `Metode tidak dikenal: ${String(unknown)}` }]);
    }
  }
  if (deferred > 0) rows[grace.periods] = { ...rows[grace.periods], interest: rows[grace.periods].interest + deferred };

  let outstanding = P;
  const installments: Installment[] = rows.map((row, index) => {
    outstanding -= row.principal;
    return {
      number: index + 1,
      dueDate: input.startDate ? addMonths(input.startDate, (index + 1) * months) : null,
      principal: row.principal,
      interest: row.interest,
      total: row.principal + row.interest,
      balance: outstanding,
    };
  });
  const sum = (pick: (i: Installment) => number) => installments.reduce((acc, i) => acc + pick(i), 0);
  return {
    principal: P,
    annualRatePercent: input.annualRatePercent.trim(),
    termMonths: input.termMonths,
    method: input.method,
    frequency,
    grace,
    startDate: input.startDate ?? null,
    periodRate: toDecimalString(periodRate, 10),
    installments,
    totals: { principal: sum((i) => i.principal), interest: sum((i) => i.interest), total: sum((i) => i.total) },
  };
}
