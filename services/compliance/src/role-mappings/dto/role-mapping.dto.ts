import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@jejak/nest-platform';
import { Matches } from 'class-validator';
import { PLATFORM_ROLES } from '../../domain/roles/platform-role';
import { TENANT_MESSAGE, TENANT_PATTERN } from '../../calendars/dto/calendar-params.dto';

export class RoleMappingParams {
  @ApiProperty({ example: '61', description: 'Kemendagri region code of the dinas' })
  @Matches(TENANT_PATTERN, { message: TENANT_MESSAGE })
  tenant!: string;
}

export class RoleMappingVersionParams extends RoleMappingParams {
  @ApiProperty({ example: '2026-01-01', description: "The dinas's local date from which the version is in force" })
  @IsCalendarDate()
  effectiveFrom!: string;
}

export class RoleMappingRuleView {
  @ApiProperty({ example: ['Ketua Tim Kerja', 'Ketua Tim'], description: 'Lane texts (pelaksana) of the SOPs; matched case-insensitively, whole words, as a prefix' })
  sopRoles!: string[];
  @ApiProperty({ example: ['KASI', 'STAF'], enum: PLATFORM_ROLES, isArray: true, description: 'Platform roles (jabatan of the token) that act on the lane' })
  platformRoles!: string[];
  @ApiPropertyOptional({ example: 'Tim kerja sesuai SK Kepala Dinas' })
  note?: string;
  @ApiPropertyOptional({ description: 'The lane is outside the dinas (Pemohon, Bank Pelaksana, Kementerian, OSS): a dinas user records its steps on its behalf' })
  external?: boolean;
  @ApiPropertyOptional({ description: 'The lane is a working team: the team a case assigns narrows it to its members' })
  team?: boolean;
}

export class RoleMappingVersionView {
  @ApiProperty({ example: '2026-01-01' }) effectiveFrom!: string;
  @ApiProperty({ type: [RoleMappingRuleView] }) rules!: RoleMappingRuleView[];
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ description: 'User id of the administrator who defined it' }) definedBy!: string;
  @ApiProperty({ format: 'date-time' }) definedAt!: string;
}

export class RoleMappingListResponse {
  @ApiProperty({ example: '61' }) tenant!: string;
  @ApiProperty({ type: [RoleMappingVersionView], description: 'Versions of the dinas, by effectiveFrom' }) versions!: RoleMappingVersionView[];
  @ApiProperty({ type: [RoleMappingRuleView], description: 'The default mapping, in force before the first version (and while there is none)' }) defaults!: RoleMappingRuleView[];
}

export class RoleMappingInForceResponse {
  @ApiProperty({ example: '61' }) tenant!: string;
  @ApiProperty({ example: '2026-03-02', description: "The dinas's local date asked for" }) date!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-01-01', description: 'effectiveFrom of the version in force; null when the defaults apply' }) effectiveFrom!: string | null;
  @ApiProperty() isDefault!: boolean;
  @ApiProperty({ type: [RoleMappingRuleView] }) rules!: RoleMappingRuleView[];
}

export class RoleMappingCommandResponse {
  @ApiProperty({ example: '61' }) tenant!: string;
  @ApiProperty({ example: '2026-01-01' }) effectiveFrom!: string;
  @ApiProperty({ description: 'Whether a version of the same effectiveFrom was replaced' }) replaced!: boolean;
  @ApiProperty({ description: 'Stream revision; send it back as If-Match' }) revision!: number;
}
