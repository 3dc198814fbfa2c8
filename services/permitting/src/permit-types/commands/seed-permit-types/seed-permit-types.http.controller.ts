import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { PERMIT_TYPE_EDITORS } from '../../../shared/permitting.roles';
import { SeedPermitTypesCommand, type SeedPermitTypesResult } from './seed-permit-types.command';

export class SeedPermitTypesResponse {
  @ApiProperty({ type: [String], example: ['NIB', 'IUI_REKOMTEK'] }) defined!: string[];
  @ApiProperty({ type: [String], example: [] }) existing!: string[];
}

@ApiTags('permit-types')
@ApiBearerAuth()
@Controller('permit-types')
export class SeedPermitTypesHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('seed')
  @HttpCode(200)
  @Roles(...PERMIT_TYPE_EDITORS)
  @ApiEndpoint({
    summary: 'Load the seed permit types into the caller\'s dinas',
    description: 'Defines NIB, IUI_REKOMTEK, IUSP, KANTOR_CABANG, KANTOR_CABANG_PEMBANTU, NIK_KOPERASI, PIRT and MEREK from the Pacitan SOP book and the domain notes (UNVERIFIED values marked) where the dinas does not have them yet; existing types are left as they are.',
    response: { type: SeedPermitTypesResponse, example: { defined: ['NIB', 'IUI_REKOMTEK', 'IUSP', 'KANTOR_CABANG', 'KANTOR_CABANG_PEMBANTU', 'NIK_KOPERASI', 'PIRT', 'MEREK'], existing: [] } },
    path: '/permit-types/seed',
    problems: [403],
  })
  seed(@CurrentUser() user: AuthenticatedUser): Promise<SeedPermitTypesResponse> {
    return this.commands.execute<SeedPermitTypesCommand, SeedPermitTypesResult>(new SeedPermitTypesCommand(user));
  }
}
