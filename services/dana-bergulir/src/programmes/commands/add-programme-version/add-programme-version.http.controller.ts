import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { ProgrammeEvent, ProgrammeState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { PRODUCT_WRITERS } from '../../../shared/dana-bergulir.roles';
import { toProgrammeTerms } from '../../../shared/programme-terms.dto';
import { ProgrammeParams } from '../../queries/programme/programme.request.dto';
import { AddProgrammeVersionCommand } from './add-programme-version.command';
import { AddProgrammeVersionRequest } from './add-programme-version.request.dto';

@ApiTags('Program dana bergulir')
@ApiBearerAuth()
@Controller('programmes')
export class AddProgrammeVersionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/versions')
  @ApiEndpoint({
    summary: 'Add a programme version',
    description: 'A new source of funds or ceiling in force from `effectiveFrom`, after the latest version; earlier versions stay unchanged. Send the ETag read as `If-Match`.',
    body: { type: AddProgrammeVersionRequest, example: { effectiveFrom: '2025-07-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_500_000_000 } } },
    response: { status: 200, type: CommandResponse },
    path: '/programmes/{id}/versions',
    problems: [400, 403, { status: 404, code: 'PROGRAMME_NOT_FOUND', detail: 'program dana bergulir tidak ditemukan' }, 412],
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @HttpCode(200)
  @Roles(...PRODUCT_WRITERS)
  async addVersion(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ProgrammeParams,
    @Body() body: AddProgrammeVersionRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandResponse> {
    const command = new AddProgrammeVersionCommand(user, params.id, body.effectiveFrom, toProgrammeTerms(body.terms), expectedRevision);
    return respond(res, await this.commands.execute<AddProgrammeVersionCommand, CommandOutcome<ProgrammeEvent, ProgrammeState>>(command));
  }
}
