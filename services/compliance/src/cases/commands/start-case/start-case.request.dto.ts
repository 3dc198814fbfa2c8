import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsSafeInt, NestedObjectList, TEXT_LIMITS } from '@jejak/nest-platform';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { OptionalNotNull, OptionalText, RequiredText } from '../../../shared/request-validation';

export class TeamMemberRequest {
  @ApiProperty({ example: '4f1c2a9e-0b7f-4d0e-9b21-6a1c2f4e9b21', description: "The member's user id (the token's subject)" })
  @RequiredText(TEXT_LIMITS.code)
  userId!: string;

  @ApiProperty({ example: 'Ani Rahmawati, S.E.', description: 'Name as the SK names the member' })
  @RequiredText(TEXT_LIMITS.name)
  name!: string;

  @ApiProperty({ example: 'Analis Kebijakan Ahli Muda', description: "The member's jabatan" })
  @RequiredText(TEXT_LIMITS.name)
  jabatan!: string;
}

export class CaseTeamRequest {
  @ApiProperty({ example: 'Anggota Tim Kerja', description: 'A pelaksana lane of the SOP that is a team for this case' })
  @RequiredText(TEXT_LIMITS.name)
  lane!: string;

  @ApiProperty({ type: [TeamMemberRequest], description: 'Who is in the team (e.g. as named in the SK); only they act on its steps' })
  @NestedObjectList(() => TeamMemberRequest, 100)
  members!: TeamMemberRequest[];
}

export class StartCaseRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21',
    description: 'The id of the new case, chosen by the client so that a retry (same id, same body) returns the first result instead of a second case',
  })
  @OptionalNotNull() @IsUUID('all', { message: 'caseId harus berupa UUID' })
  caseId?: string;

  @ApiProperty({ description: 'The SOP (catalogue id); the version in force today is pinned' })
  @RequiredText(TEXT_LIMITS.code)
  sopId!: string;

  @ApiPropertyOptional({ description: 'Run only this procedure (0-based) of a multi-procedure SOP' })
  @OptionalNotNull() @IsSafeInt() @Min(0) @Max(999)
  procedureIndex?: number;

  @ApiPropertyOptional({ example: 'Agenda 045/2026', description: 'The reference users know the case by' })
  @OptionalText(TEXT_LIMITS.name)
  reference?: string;

  @ApiPropertyOptional({ type: [CaseTeamRequest], description: "People assigned to the SOP's team lanes for this case" })
  @OptionalNotNull() @NestedObjectList(() => CaseTeamRequest, 50)
  teams?: CaseTeamRequest[];

  @ApiPropertyOptional({
    example: ['Bank Pelaksana'],
    description: "Lanes of outside parties (Pemohon, Bank Pelaksana, Kementerian, OSS...) whose steps a dinas user records on their behalf; lanes the dinas's role mapping marks external need not be listed",
  })
  @OptionalNotNull() @IsArray({ message: 'externalLanes harus berupa daftar' }) @ArrayMaxSize(50)
  @IsString({ each: true, message: 'setiap isian externalLanes harus berupa teks' }) @Matches(/\S/, { each: true, message: 'isian externalLanes tidak boleh kosong' })
  @MaxLength(TEXT_LIMITS.name, { each: true })
  externalLanes?: string[];
}
