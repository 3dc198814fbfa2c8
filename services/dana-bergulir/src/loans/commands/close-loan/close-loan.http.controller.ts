import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanEvent, LoanState } from '../../../domain';
import { respond, LoanCommandResponse } from '../../../shared/loan.response';
import { LOAN_WRITERS } from '../../../shared/loan.roles';
import { LoanParams } from '../../queries/loan/loan.request.dto';
import { CloseLoanCommand } from './close-loan.command';
import { CloseLoanRequest } from './close-loan.request.dto';

@ApiTags('loans')
@ApiBearerAuth()
@Controller('loans')
export class CloseLoanHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Closes the loan (409 LOAN_ALREADY_CLOSED; 412 when If-Match is stale). */
  @Post(':id/close')
  @HttpCode(200)
  @Roles(...LOAN_WRITERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (the ETag read)', example: '"0"' })
  @ApiOkResponse({ type: LoanCommandResponse })
  async close(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: LoanParams,
    @Body() body: CloseLoanRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoanCommandResponse> {
    const command = new CloseLoanCommand(user, params.id, body.reason, expectedRevision);
    return respond(res, await this.commands.execute<CloseLoanCommand, CommandOutcome<LoanEvent, LoanState>>(command));
  }
}
