import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ROLES, SIFAT, type Role, type Sifat } from '../../domain';

/** A calendar date `YYYY-MM-DD` (the domain checks it is a real date). */
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_MESSAGE = 'harus berupa tanggal dengan format YYYY-MM-DD, contoh 2024-04-01';

export class UserRefDto {
  @ApiProperty({ description: 'User id (token subject) of the person' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  userId!: string;

  @ApiProperty({ example: 'Bambang Sutrisno' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name!: string;
}

export class PersonDto extends UserRefDto {
  @ApiProperty({ enum: ROLES, description: 'The role (jabatan) the person acts in' })
  @IsIn(ROLES)
  role!: Role;
}

export class DocumentRefDto {
  @ApiProperty({ description: 'Id in the document store (the bytes are not sent here)' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  documentId!: string;

  @ApiProperty({ example: 'Proposal penelitian.pdf' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional() @IsString() @MaxLength(100)
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
  @IsString() @IsNotEmpty() @MaxLength(50)
  system!: string;

  @ApiProperty({ example: 'B-000.8/1622/114.3/2024' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  nomor!: string;
}

/** The SOP case a letter joins: `flow` names the dinas's letter flow; with `caseId` it joins an existing case. */
export class SopCaseRequestDto {
  @ApiProperty({ example: 'penerimaan-penelitian' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  flow!: string;

  @ApiPropertyOptional({ description: 'An existing case to advance (omit to open a new case where the route allows it)' })
  @IsOptional() @IsUUID()
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

export const localDateField = () => Matches(LOCAL_DATE, { message: LOCAL_DATE_MESSAGE });
