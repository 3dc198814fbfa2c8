import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate, TEXT_LIMITS } from '@jejak/nest-platform';
import { ROLES, SIFAT, type Role, type Sifat } from '../../domain';

/** A calendar date `YYYY-MM-DD`. */
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_MESSAGE = 'harus berupa tanggal yang ada dengan format YYYY-MM-DD, contoh 2024-04-01';

export { TEXT_LIMITS };

/**
 * Optional, but never `null`: the field may be left out; when sent it must be valid (`null` is a 400
 * naming it). `IsOptional` would let `null` through to handlers that read the field.
 */
export const Optional = (): PropertyDecorator => ValidateIf((object: object, value: unknown) => value !== undefined);

/** Required text: present, a string, not blank (whitespace only is empty), at most `max` characters. */
export const RequiredText = (max: number): PropertyDecorator =>
  applyDecorators(IsDefined({ message: '$property wajib diisi' }), IsString(), Matches(/\S/, { message: '$property tidak boleh kosong' }), MaxLength(max));

/** Optional text (never `null`): when sent, a string of at most `max` characters. */
export const OptionalText = (max: number): PropertyDecorator => applyDecorators(Optional(), IsString(), MaxLength(max));

/** Optional text (never `null`) that, when sent, is not blank either. */
export const OptionalNonBlankText = (max: number): PropertyDecorator => applyDecorators(OptionalText(max), Matches(/\S/, { message: '$property tidak boleh kosong' }));

/** A required nested object (not an array, not `null`), validated as `type`. */
export const NestedObject = (type: () => new () => object): PropertyDecorator =>
  applyDecorators(IsDefined({ message: '$property wajib diisi' }), IsObject({ message: '$property harus berupa objek' }), ValidateNested(), Type(type));

/** An optional nested object: when sent (and not `null` where `nullable`), an object validated as `type`. */
export const OptionalNestedObject = (type: () => new () => object, options: { nullable?: boolean } = {}): PropertyDecorator =>
  applyDecorators(
    options.nullable ? IsOptional() : Optional(),
    IsObject({ message: '$property harus berupa objek' }),
    ValidateNested(),
    Type(type),
  );

/** A list of objects validated as `type`, at most `max` entries (each an object, never `null` or an array). */
export const ObjectList = (type: () => new () => object, max: number): PropertyDecorator =>
  applyDecorators(IsArray(), ArrayMaxSize(max), IsObject({ each: true, message: 'setiap isian $property harus berupa objek' }), ValidateNested({ each: true }), Type(type));

export class UserRefDto {
  @ApiProperty({ description: 'User id (token subject) of the person' })
  @RequiredText(200)
  userId!: string;

  @ApiProperty({ example: 'Bambang Sutrisno' })
  @RequiredText(TEXT_LIMITS.name)
  name!: string;
}

export class PersonDto extends UserRefDto {
  @ApiProperty({ enum: ROLES, description: 'The role (jabatan) the person acts in' })
  @IsIn(ROLES)
  role!: Role;
}

export class DocumentRefDto {
  @ApiProperty({ description: 'Id in the document store (the bytes are not sent here)' })
  @RequiredText(200)
  documentId!: string;

  @ApiProperty({ example: 'Proposal penelitian.pdf' })
  @RequiredText(TEXT_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @OptionalText(TEXT_LIMITS.code)
  mediaType?: string;
}

export class SifatField {
  @ApiProperty({ enum: SIFAT })
  @IsIn(SIFAT)
  sifat!: Sifat;
}

/** The number a national or local system (SRIKANDI, TNDE) already gave the letter. */
export class ExternalNumberDto {
  @ApiProperty({ example: 'SRIKANDI' })
  @RequiredText(50)
  system!: string;

  @ApiProperty({ example: 'B-000.8/1622/114.3/2024' })
  @RequiredText(200)
  nomor!: string;
}

/** The SOP case a letter joins: `flow` names the dinas's letter flow; with `caseId` it joins an existing case. */
export class SopCaseRequestDto {
  @ApiProperty({ example: 'penerimaan-penelitian' })
  @RequiredText(TEXT_LIMITS.code)
  flow!: string;

  @ApiPropertyOptional({ description: 'An existing case to advance (omit to open a new case where the route allows it)' })
  @Optional() @IsUUID()
  caseId?: string;
}

export class LetterIdParams {
  @ApiProperty()
  @IsUUID('all', { message: 'id surat harus berupa UUID' })
  id!: string;
}

export class DisposisiParams extends LetterIdParams {
  @ApiProperty()
  @IsUUID('all', { message: 'id disposisi harus berupa UUID' })
  disposisiId!: string;
}

/** A real calendar date `YYYY-MM-DD` (30 February and month 13 are 400s naming the field). */
export const localDateField = (): PropertyDecorator => IsCalendarDate({ message: `$property ${LOCAL_DATE_MESSAGE}` });
