import type { Rational } from './rational';

/**
 * THE one rounding place of loan arithmetic. Every rupiah amount that comes out of a division
 * (an installment, the jasa of a period, an equal principal share) passes through here exactly once:
 * rounded to the whole rupiah, half away from zero (Rp 0,5 → Rp 1; -Rp 0,5 → -Rp 1), the way a
 * spreadsheet's ROUND(x; 0) does. Whatever rounding leaves over is absorbed by the last installment,
 * so the principal always sums exactly.
 */
export function toRupiah(value: Rational): number {
  const negative = value.num < 0n;
  const abs = negative ? -value.num : value.num;
  const rounded = (abs * 2n + value.den) / (value.den * 2n);
  const result = Number(negative ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError('toRupiah: amount beyond the safe integer range');
  return result;
}
