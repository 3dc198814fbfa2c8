import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import type { LoanEvent, LoanState } from '../../../domain';
import { respond, LoanCommandResponse } from '../../../shared/loan.response';
import { LOAN_WRITERS } from '../../../shared/loan.roles';
import { CreateLoanCommand } from './create-loan.command';
import { CreateLoanRequest } from './create-loan.request.dto';

@ApiTags('loans')
@ApiBearerAuth()
@Controller('loans')
export class CreateLoanHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Creates a loan in the caller's dinas: 201 with Location and ETag. */
  @Post()
  @HttpCode(201)
  @Roles(...LOAN_WRITERS)
  @ApiCreatedResponse({ type: LoanCommandResponse })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateLoanRequest, @Res({ passthrough: true }) res: Response): Promise<LoanCommandResponse> {
    const outcome = await this.commands.execute<CreateLoanCommand, CommandOutcome<LoanEvent, LoanState>>(new CreateLoanCommand(user, body.title));
    res.setHeader('Location', `/loans/${outcome.id}`);
    return respond(res, outcome);
  }
}
