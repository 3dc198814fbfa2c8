/**
 * Exact rational numbers over bigint, for money and rates. No binary floating point touches a
 * rupiah or a rate: rates arrive as decimal strings ("6", "6.25") and become rationals here.
 * The only way back to an integer rupiah is `toRupiah` (rounding.ts), the one rounding place.
 */
export interface Rational {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('rational: denominator 0');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

export const add = (a: Rational, b: Rational): Rational => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('rational: division by 0');
  return rational(a.num * b.den, a.den * b.num);
}
export function pow(a: Rational, exponent: number): Rational {
  if (!Number.isInteger(exponent) || exponent < 0) throw new RangeError('rational: exponent must be a non-negative integer');
  return rational(a.num ** BigInt(exponent), a.den ** BigInt(exponent));
}
export const fromInteger = (value: number | bigint): Rational => rational(BigInt(value));
export const isZero = (a: Rational): boolean => a.num === 0n;
export const compare = (a: Rational, b: Rational): number => {
  const d = a.num * b.den - b.num * a.den;
  return d === 0n ? 0 : d < 0n ? -1 : 1;
};

const DECIMAL = /^(\d{1,6})(?:\.(\d{1,6}))?$/;

/**
 * A non-negative decimal string ("6", "6.5", "0.125"; at most 6 digits on each side of the point) as an
 * exact rational, or null when it is not one. Commas are not accepted: the caller converts "6,5" first.
 */
export function parseDecimal(text: string): Rational | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  return rational(BigInt(match[1] + fraction), 10n ** BigInt(fraction.length));
}

/** The rational as a decimal string with `places` digits, for display only (rounded half up, like toRupiah). */
export function toDecimalString(a: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const negative = a.num < 0n;
  const abs = negative ? -a.num : a.num;
  const scaled = (abs * scale * 2n + a.den) / (a.den * 2n);
  const whole = (scaled / scale).toString();
  const rest = places > 0 ? `.${(scaled % scale).toString().padStart(places, '0')}` : '';
  return `${negative && scaled !== 0n ? '-' : ''}${whole}${rest}`;
}
