import { ApiProperty } from '@nestjs/swagger';
import { PLATFORM_ROLES } from '../../../domain/roles/platform-role';

export class EligiblePersonView {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'Siti Rahmawati, S.E.' }) name!: string;
  @ApiProperty({ example: 'Kepala Seksi' }) jabatan!: string;
  @ApiProperty({ enum: ['role', 'team'], description: 'Why they can act: they hold a mapped role, or the case assigned them to the team lane' }) via!: 'role' | 'team';
  @ApiProperty({ description: 'Whether the person has used Jejak (is in the people directory)' }) inDirectory!: boolean;
}

export class EligiblePeopleResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: '1.4' }) stepKey!: string;
  @ApiProperty({ example: 4 }) stepNo!: number;
  @ApiProperty({ example: 'Menandatangani SK Panitia' }) kegiatan!: string;
  @ApiProperty({ type: [String], example: ['Ketua Tim Kerja'], description: "The step's lanes as the SOP names them" }) pelaksana!: string[];
  @ApiProperty({ enum: ['any_staff', 'roles', 'team', 'external', 'unmapped'] }) kind!: string;
  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true, description: 'Roles that may act (or record, for an external lane)' }) roles!: string[];
  @ApiProperty({ type: [String], description: 'Lanes no rule of the mapping maps' }) unmapped!: string[];
  @ApiProperty({ type: [String], description: 'The outside parties an external step is recorded for' }) onBehalfOf!: string[];
  @ApiProperty({ nullable: true, type: String, example: '2026-01-01', description: 'effectiveFrom of the mapping version used; null for the defaults' }) mappingEffectiveFrom!: string | null;
  @ApiProperty({ type: [EligiblePersonView] }) people!: EligiblePersonView[];
}
