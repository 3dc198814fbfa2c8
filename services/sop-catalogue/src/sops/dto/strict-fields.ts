import { applyDecorators } from '@nestjs/common';
import {
  IsDefined, IsString, MaxLength, registerDecorator, ValidateIf, type ValidationArguments, type ValidationOptions,
} from 'class-validator';

/**
 * Field rules shared by the SOP request shapes. Everything a stored event holds must be present and
 * of its type: a missing field or a wrong structure is a 400 naming the field, never a poison event.
 */

/** The value may be `null`, but must be present (undefined is a 400). The other validators run on non-null values. */
export const NullableButDefined = (): PropertyDecorator => applyDecorators(IsDefined(), ValidateIf((_o, v: unknown) => v !== null));

/** A string that is not empty and not only whitespace. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args: ValidationArguments) => `${args.property} tidak boleh kosong atau hanya berisi spasi`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim() !== '' },
    });
}

/** A required string of at most `max` characters. */
export const Text = (max: number): PropertyDecorator => applyDecorators(IsDefined(), IsString(), MaxLength(max));

/** A required nested object (an array or a scalar is a 400), validated field by field. */
export { NestedObject } from '@jejak/nest-platform';
