import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CaseCommandResponse, respondCase } from '../../case-command.response';
import type { CaseCommandResult } from '../../case-command.response';
import { CASE_STAFF } from '../../case.roles';
import { CaseStepParams } from '../../dto/case-params.dto';
import { StartStepCommand } from './start-step.command';

@ApiTags('Kasus')
@ApiBearerAuth()
@Controller('cases')
export class StartStepHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** The pelaksana starts the step the flow expects next. */
  @Post(':id/steps/:stepKey/start')
  @ApiEndpoint({
    summary: 'Start a step',
    description: "The pelaksana starts the step the flow expects next; the user must hold one of the step's pelaksana roles.",
    response: { type: CaseCommandResponse },
    ifMatch: true,
    path: '/cases/{id}/steps/1.2/start',
    problems: [403, { status: 403, code: 'NOT_TEAM_MEMBER', detail: 'Anda bukan anggota tim yang ditugaskan pada kasus ini untuk langkah 2 "Mendampingi pelaku usaha". Yang dapat melaksanakannya: Anggota Tim Kerja: Budi Santoso (Pendamping PLUT).' }, { status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 tidak ditemukan' }, { status: 409, code: 'CASE_RUN_BY_ANOTHER_SERVICE', detail: 'Kasus 0b7f1c8e-4a55-4d0e-9b21-6a1c2f4e9b21 dijalankan oleh layanan lain; langkahnya dicatat dari layanan tersebut' }, 409, 412],
  })
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  async start(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CaseStepParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseCommandResponse> {
    return respondCase(res, await this.commands.execute<StartStepCommand, CaseCommandResult>(new StartStepCommand(user, params.id, params.stepKey, expectedRevision)));
  }
}
