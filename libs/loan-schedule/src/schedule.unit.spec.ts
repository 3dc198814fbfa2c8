import fc from 'fast-check';
import { addMonths } from './calendar-date';
import { formatRupiah } from './format';
import { parseDecimal, rational, toDecimalString } from './rational';
import { toRupiah } from './rounding';
import { annuityPayment, generateSchedule, ScheduleInputError, type ScheduleInput } from './schedule';

/**
 * Golden figures below were computed outside this code (Python's fractions.Fraction, exact, with
 * ROUND half up) and, for the annuity payment, agree with a spreadsheet's PMT(0,5%; 24; -50.000.000)
 * = 2.216.030,51. The present-value check recomputes the payment here with plain bigint.
 */
describe('generateSchedule: golden schedules', () => {
  it('annuity, Rp 50.000.000 at 6 % a year for 24 months: PMT 2.216.030,51 → Rp 2.216.031, the last Rp 2.216.019', () => {
    const s = generateSchedule({ principal: 50_000_000, annualRatePercent: '6', termMonths: 24, method: 'annuity' });
    expect(s.periodRate).toBe('0.0050000000');
    expect(s.installments).toHaveLength(24);
    expect(s.installments[0]).toEqual({ number: 1, dueDate: null, principal: 1_966_031, interest: 250_000, total: 2_216_031, balance: 48_033_969 });
    expect(s.installments[1]).toMatchObject({ principal: 1_975_861, interest: 240_170, total: 2_216_031 });
    expect(s.installments[22]).toMatchObject({ principal: 2_194_036, interest: 21_995, total: 2_216_031 });
    expect(s.installments[23]).toMatchObject({ principal: 2_204_994, interest: 11_025, total: 2_216_019, balance: 0 });
    expect(s.totals).toEqual({ principal: 50_000_000, interest: 3_184_732, total: 53_184_732 });
  });

  it('the exact annuity payment satisfies the present-value identity P·(1+r)^n = A·((1+r)^n − 1)/r, in bigint', () => {
    // r = 1/200 per month; multiply through by 200^n: P·201^n·200 = A·(201^n − 200^n)·... with A = a/b exact.
    const A = annuityPayment(50_000_000, rational(1n, 200n), 24);
    const g = 201n ** 24n;
    const h = 200n ** 24n;
    // P·(g/h) = A·((g − h)/h)·200  ⇔  P·g·A.den = A.num·(g − h)·200
    expect(50_000_000n * g * A.den).toBe(A.num * (g - h) * 200n);
    expect(toDecimalString(A, 2)).toBe('2216030.51');
  });

  it('flat, Rp 12.000.000 at 12 % a year for 12 months: Rp 1.000.000 pokok + Rp 120.000 jasa every month', () => {
    const s = generateSchedule({ principal: 12_000_000, annualRatePercent: '12', termMonths: 12, method: 'flat' });
    expect(new Set(s.installments.map((i) => `${i.principal}/${i.interest}`))).toEqual(new Set(['1000000/120000']));
    expect(s.totals).toEqual({ principal: 12_000_000, interest: 1_440_000, total: 13_440_000 });
  });

  it('declining, Rp 10.000.000 at 12 % for 10 months: jasa 100.000, 90.000, …, 10.000 (total 550.000)', () => {
    const s = generateSchedule({ principal: 10_000_000, annualRatePercent: '12', termMonths: 10, method: 'declining' });
    expect(s.installments.map((i) => i.interest)).toEqual([100_000, 90_000, 80_000, 70_000, 60_000, 50_000, 40_000, 30_000, 20_000, 10_000]);
    expect(s.installments.every((i) => i.principal === 1_000_000)).toBe(true);
    expect(s.totals.interest).toBe(550_000);
  });

  it('declining with an uneven share: the last installment takes the remaining rupiah', () => {
    const s = generateSchedule({ principal: 1_000_000, annualRatePercent: '7', termMonths: 3, method: 'declining' });
    expect(s.installments.map((i) => [i.principal, i.interest])).toEqual([[333_333, 5_833], [333_333, 3_889], [333_334, 1_944]]);
  });

  it('annuity with 3 months of grace: waived, paid or deferred jasa; the rest amortises over 21 months (A = Rp 2.514.081)', () => {
    const base: ScheduleInput = { principal: 50_000_000, annualRatePercent: '6', termMonths: 24, method: 'annuity' };
    const waived = generateSchedule({ ...base, grace: { periods: 3, interest: 'waived' } });
    expect(waived.installments.slice(0, 3).map((i) => [i.principal, i.interest])).toEqual([[0, 0], [0, 0], [0, 0]]);
    expect(waived.installments[3].total).toBe(2_514_081);
    const paid = generateSchedule({ ...base, grace: { periods: 3, interest: 'paid' } });
    expect(paid.installments.slice(0, 3).map((i) => i.total)).toEqual([250_000, 250_000, 250_000]);
    const deferred = generateSchedule({ ...base, grace: { periods: 3, interest: 'deferred' } });
    expect(deferred.installments.slice(0, 3).map((i) => i.total)).toEqual([0, 0, 0]);
    expect(deferred.installments[3].total).toBe(2_514_081 + 750_000);
    for (const s of [waived, paid, deferred]) expect(s.totals.principal).toBe(50_000_000);
    expect(deferred.totals.interest - waived.totals.interest).toBe(750_000);
  });

  it('quarterly installments at 6 % a year: a period rate of 1,5 %, due every 3 months from the disbursement date', () => {
    const s = generateSchedule({ principal: 20_000_000, annualRatePercent: '6', termMonths: 12, method: 'declining', frequency: 'quarterly', startDate: '2025-01-31' });
    expect(s.periodRate).toBe('0.0150000000');
    expect(s.installments.map((i) => [i.dueDate, i.principal, i.interest])).toEqual([
      ['2025-04-30', 5_000_000, 300_000],
      ['2025-07-31', 5_000_000, 225_000],
      ['2025-10-31', 5_000_000, 150_000],
      ['2026-01-31', 5_000_000, 75_000],
    ]);
  });

  it('a zero rate divides the principal only', () => {
    const s = generateSchedule({ principal: 1_000, annualRatePercent: '0', termMonths: 3, method: 'annuity' });
    expect(s.installments.map((i) => i.total)).toEqual([333, 333, 334]);
  });

  it('names each wrong field', () => {
    const run = (input: ScheduleInput) => {
      try {
        generateSchedule(input);
        return [];
      } catch (error) {
        if (!(error instanceof ScheduleInputError)) throw error;
        return error.errors.map((e) => e.field);
      }
    };
    expect(run({ principal: 0, annualRatePercent: '6,5', termMonths: 0, method: 'balloon' as never })).toEqual(['principal', 'annualRatePercent', 'method', 'termMonths']);
    expect(run({ principal: 1_000_000, annualRatePercent: '6', termMonths: 10, method: 'flat', frequency: 'quarterly' })).toEqual(['termMonths']);
    expect(run({ principal: 1_000_000, annualRatePercent: '6', termMonths: 12, method: 'flat', grace: { periods: 12, interest: 'paid' } })).toEqual(['grace.periods']);
    expect(run({ principal: 1_000_000, annualRatePercent: '6', termMonths: 12, method: 'flat', startDate: '2025-02-29' })).toEqual(['startDate']);
    expect(run({ principal: 5, annualRatePercent: '6', termMonths: 8, method: 'declining' })).toEqual(['principal']); // 7 shares of Rp 1 leave nothing for the 8th
    expect(run({ principal: 1, annualRatePercent: '6', termMonths: 2, method: 'annuity' })).toEqual(['principal']); // A = Rp 1 repays all in the first
  });
});

describe('the pieces', () => {
  it('rounds half up in the one rounding place', () => {
    expect([toRupiah(rational(1n, 2n)), toRupiah(rational(3n, 2n)), toRupiah(rational(-1n, 2n)), toRupiah(rational(2n, 3n)), toRupiah(rational(1n, 3n))]).toEqual([1, 2, -1, 1, 0]);
  });
  it('parses decimal rates exactly and refuses anything else', () => {
    expect(parseDecimal('6.25')).toEqual(rational(25n, 4n));
    expect([parseDecimal('6,25'), parseDecimal('-1'), parseDecimal('1e2'), parseDecimal('')]).toEqual([null, null, null, null]);
  });
  it('adds months, clamping to the end of the month', () => {
    expect([addMonths('2024-01-31', 1), addMonths('2025-01-31', 1), addMonths('2025-12-15', 1)]).toEqual(['2024-02-29', '2025-02-28', '2026-01-15']);
  });
  it('formats rupiah the id-ID way', () => {
    expect([formatRupiah(2_216_031), formatRupiah(0), formatRupiah(-1_500)]).toEqual(['Rp 2.216.031', 'Rp 0', '-Rp 1.500']);
  });
});

describe('generateSchedule: properties', () => {
  const inputs = fc.record({
    principal: fc.integer({ min: 1_000_000, max: 5_000_000_000 }),
    rateBasisPoints: fc.integer({ min: 0, max: 3_600 }),
    periods: fc.integer({ min: 1, max: 60 }),
    method: fc.constantFrom('flat' as const, 'declining' as const, 'annuity' as const),
    frequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
    gracePeriods: fc.integer({ min: 0, max: 6 }),
    graceInterest: fc.constantFrom('paid' as const, 'deferred' as const, 'waived' as const),
  });
  type Generated = typeof inputs extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (v: Generated): ScheduleInput => ({
    principal: v.principal,
    annualRatePercent: `${Math.floor(v.rateBasisPoints / 100)}.${String(v.rateBasisPoints % 100).padStart(2, '0')}`,
    termMonths: v.periods * (v.frequency === 'quarterly' ? 3 : 1),
    method: v.method,
    frequency: v.frequency,
    grace: { periods: Math.min(v.gracePeriods, v.periods - 1), interest: v.graceInterest },
    startDate: '2025-01-31',
  });

  it('the principal always sums exactly, balances run down to 0, and no amount is negative', () => {
    fc.assert(
      fc.property(inputs, (v) => {
        const s = generateSchedule(toInput(v));
        expect(s.installments.reduce((acc, i) => acc + i.principal, 0)).toBe(v.principal);
        expect(s.totals.principal).toBe(v.principal);
        expect(s.installments[s.installments.length - 1].balance).toBe(0);
        for (const i of s.installments) {
          expect(i.principal).toBeGreaterThanOrEqual(0);
          expect(i.interest).toBeGreaterThanOrEqual(0);
          expect(i.total).toBe(i.principal + i.interest);
          expect(Number.isSafeInteger(i.total)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('annuity installments after grace are equal except the last (and the first when jasa was deferred)', () => {
    fc.assert(
      fc.property(inputs, (v) => {
        const input = { ...toInput(v), method: 'annuity' as const };
        const s = generateSchedule(input);
        const grace = input.grace?.periods ?? 0;
        const skip = input.grace?.interest === 'deferred' && grace > 0 ? 1 : 0;
        const middle = s.installments.slice(grace + skip, -1).map((i) => i.total);
        expect(new Set(middle).size).toBeLessThanOrEqual(1);
        // Each rounding moves the last installment by at most Rp 1, compounded at the period rate.
        const n = s.installments.length;
        const bound = n * (1 + v.rateBasisPoints / 120_000) ** (n * 3) + 1;
        if (middle.length) expect(Math.abs(s.installments[n - 1].total - middle[0])).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 300 },
    );
  });

  it('declining jasa never exceeds flat jasa for the same loan', () => {
    fc.assert(
      fc.property(inputs, (v) => {
        const input = toInput(v);
        const flat = generateSchedule({ ...input, method: 'flat' });
        const declining = generateSchedule({ ...input, method: 'declining' });
        expect(declining.totals.interest).toBeLessThanOrEqual(flat.totals.interest);
      }),
      { numRuns: 200 },
    );
  });
});
