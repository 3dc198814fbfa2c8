import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsObject, ValidateNested, type ValidationArguments } from 'class-validator';

type DtoClass = new () => object;

/**
 * A required nested object validated as `type`. class-validator's `@ValidateNested()` alone lets an
 * array (or `[]`) through, which then reaches the handler: this refuses anything but an object.
 */
export const NestedObject = (type: () => DtoClass): PropertyDecorator =>
  applyDecorators(
    IsDefined({ message: (a: ValidationArguments) => `${a.property} wajib diisi` }),
    IsObject({ message: (a: ValidationArguments) => `${a.property} harus berupa objek` }),
    ValidateNested(),
    Type(type),
  );

/** A required list of at most `max` objects, each validated as `type` (an array or scalar as an entry is a 400). */
export const NestedObjectList = (type: () => DtoClass, max: number): PropertyDecorator =>
  applyDecorators(
    IsDefined({ message: (a: ValidationArguments) => `${a.property} wajib diisi` }),
    IsArray({ message: (a: ValidationArguments) => `${a.property} harus berupa daftar` }),
    ArrayMaxSize(max),
    IsObject({ each: true, message: (a: ValidationArguments) => `setiap isian ${a.property} harus berupa objek` }),
    ValidateNested({ each: true }),
    Type(type),
  );
