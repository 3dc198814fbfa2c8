import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TEXT_LIMITS } from '@jejak/nest-platform';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { OptionalNotNull } from '../../../shared/request-validation';

export const MAX_RULES = 200;

/**
 * The whole mapping of the version: its rules in order (the FIRST rule matching a lane wins). Each rule is
 * checked field by field (`rules[2].platformRoles[0]`); a rule is `{ sopRoles, platformRoles, note?, external?, team? }`.
 */
export class DefineRoleMappingVersionRequest {
  @ApiProperty({
    description: 'Rules in order: { sopRoles: lane texts, platformRoles: KEPALA_DINAS | SEKRETARIS | KEPALA_BIDANG | KASI | STAF | PETUGAS, note?, external?, team? }',
    example: [
      { sopRoles: ['Ketua Tim Kerja'], platformRoles: ['KASI'], team: true },
      { sopRoles: ['Bank Pelaksana'], platformRoles: ['STAF'], external: true, note: 'Bank penyalur dana bergulir' },
    ],
    maxItems: MAX_RULES,
  })
  @IsArray({ message: 'rules harus berupa daftar aturan' }) @ArrayMaxSize(MAX_RULES)
  rules!: unknown[];

  @ApiPropertyOptional({ example: 'Sesuai SK Kepala Dinas Nomor 800/12/2026 tentang Tim Kerja', maxLength: TEXT_LIMITS.text })
  @OptionalNotNull() @IsString() @MaxLength(TEXT_LIMITS.text)
  note?: string;
}
