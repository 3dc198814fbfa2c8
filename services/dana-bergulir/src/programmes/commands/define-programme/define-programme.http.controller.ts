import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { ProgrammeEvent, ProgrammeState } from '../../../domain';
import { CommandResponse, respond } from '../../../shared/dana-bergulir.response';
import { PRODUCT_WRITERS } from '../../../shared/dana-bergulir.roles';
import { toProgrammeTerms } from '../../../shared/programme-terms.dto';
import { DefineProgrammeCommand } from './define-programme.command';
import { DefineProgrammeRequest } from './define-programme.request.dto';

@ApiTags('Program dana bergulir')
@ApiBearerAuth()
@Controller('programmes')
export class DefineProgrammeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiEndpoint({
    summary: 'Define a revolving-fund programme',
    description: "Defines a programme of the caller's dinas as version 1, in force from `effectiveFrom`: its source of funds and total ceiling (integer rupiah).",
    body: { type: DefineProgrammeRequest, example: { code: 'DB-2025', name: 'Dana Bergulir Koperasi dan UMKM 2025', effectiveFrom: '2025-01-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_000_000_000 } } },
    response: { status: 201, type: CommandResponse },
    path: '/programmes',
    problems: [400, 403],
  })
  @HttpCode(201)
  @Roles(...PRODUCT_WRITERS)
  async define(@CurrentUser() user: AuthenticatedUser, @Body() body: DefineProgrammeRequest, @Res({ passthrough: true }) res: Response): Promise<CommandResponse> {
    const command = new DefineProgrammeCommand(user, body.code, body.name, body.effectiveFrom, toProgrammeTerms(body.terms));
    const outcome = await this.commands.execute<DefineProgrammeCommand, CommandOutcome<ProgrammeEvent, ProgrammeState>>(command);
    res.setHeader('Location', `/programmes/${outcome.id}`);
    return respond(res, outcome);
  }
}
