import { applyDecorators } from '@nestjs/common';
import { IsDefined, IsString, Matches, MaxLength, ValidateIf, type ValidationArguments } from 'class-validator';

/**
 * A required text: present (not missing, not null), a string, with at least one non-space character and at most
 * `max` characters. Each failure names the field in Bahasa Indonesia.
 */
export function RequiredText(max: number): PropertyDecorator {
  return applyDecorators(
    IsDefined({ message: (a: ValidationArguments) => `${a.property} wajib diisi` }),
    IsString({ message: (a: ValidationArguments) => `${a.property} harus berupa teks` }),
    Matches(/\S/, { message: (a: ValidationArguments) => `${a.property} tidak boleh kosong atau hanya spasi` }),
    MaxLength(max, { message: (a: ValidationArguments) => `${a.property} paling panjang ${max} karakter` }),
  );
}

/** An optional text: when sent, a string with a non-space character and at most `max` characters (null is refused). */
export function OptionalText(max: number): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsString({ message: (a: ValidationArguments) => `${a.property} harus berupa teks` }),
    Matches(/\S/, { message: (a: ValidationArguments) => `${a.property} tidak boleh kosong atau hanya spasi` }),
    MaxLength(max, { message: (a: ValidationArguments) => `${a.property} paling panjang ${max} karakter` }),
  );
}

/** Optional, but never null: skipped only when the field is left out. */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
