import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

/**
 * Shared decorators for strict input. Query strings and path parameters arrive as text: these accept
 * only the exact spellings meant (`true`/`false`, a safe integer in decimal) and leave anything else as
 * it came, so validation fails and the 400 names the field.
 *
 * Lengths: give every free-text string a `@MaxLength`: `TEXT_LIMITS.name` for names and titles,
 * `TEXT_LIMITS.text` for one-paragraph texts (reasons, notes), `TEXT_LIMITS.longText` for long texts
 * (an SOP step, a letter's summary), `TEXT_LIMITS.code` for codes and numbers typed by people.
 */
export const TEXT_LIMITS = Object.freeze({ code: 100, name: 300, text: 2_000, longText: 20_000 });

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The integer a text spells in plain decimal ("12", "-3"), or null ("1e3", "1.5", " 7", "0x1f", beyond 2^53 − 1). */
export function parseSafeInt(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string' || !INTEGER.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** True for a real calendar day written YYYY-MM-DD ("2024-02-29" yes, "2024-02-30" and "2024-13-01" no). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_DATE.test(value) && DateTime.fromFormat(value, 'yyyy-MM-dd', { zone: 'utc' }).isValid;
}

/** class-validator: a safe integer (a number, not text; use with `@QueryInt` for query strings). */
export function IsSafeInt(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSafeInt',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args: ValidationArguments) => `${args.property} harus berupa bilangan bulat (tanpa desimal atau eksponen, paling besar 9007199254740991)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) },
    });
}

/** class-validator: a real calendar date written YYYY-MM-DD (checked with luxon, not only by shape). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args: ValidationArguments) => `${args.property} harus berupa tanggal yang ada, ditulis YYYY-MM-DD (misalnya 2025-01-31)`, ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/** A query-string boolean: only `true` and `false` (or a JSON boolean) are accepted; `yes`, `1`, `` are 400s. */
export function QueryBoolean(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: (args: ValidationArguments) => `${args.property} harus bernilai true atau false`, ...options }),
  );
}

/** A query-string or path integer: plain decimal, a safe integer, within `min`/`max` when given (one message per field). */
export function QueryInt(bounds: { min?: number; max?: number } = {}, options?: ValidationOptions): PropertyDecorator {
  const { min, max } = bounds;
  const inRange = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  const range = min !== undefined && max !== undefined ? ` antara ${min} dan ${max}` : min !== undefined ? ` paling kecil ${min}` : max !== undefined ? ` paling besar ${max}` : '';
  const check: PropertyDecorator = (target, propertyName) =>
    registerDecorator({
      name: 'isSafeIntInRange',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args: ValidationArguments) => `${args.property} harus berupa bilangan bulat${range} (tanpa desimal atau eksponen)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && inRange(value) },
    });
  return applyDecorators(Transform(({ value }) => parseSafeInt(value) ?? value), check);
}
