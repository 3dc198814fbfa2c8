import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { SEQUENCE_OPENERS } from '../../../shared/letters.roles';
import { OpenNumberSequenceCommand } from './open-number-sequence.command';
import type { OpenNumberSequenceResult } from './open-number-sequence.handler';
import { NumberSequenceParams, OpenNumberSequenceRequest } from './open-number-sequence.request.dto';

@ApiTags('Buku nomor')
@ApiBearerAuth()
@Controller('number-sequences')
export class OpenNumberSequenceHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Continues a pre-Jejak number book of the caller's dinas from its last number (409 once the book is in use). */
  @Post(':sequence/:year/open')
  @HttpCode(201)
  @Roles(...SEQUENCE_OPENERS)
  open(@CurrentUser() user: AuthenticatedUser, @Param() params: NumberSequenceParams, @Body() body: OpenNumberSequenceRequest): Promise<OpenNumberSequenceResult> {
    return this.commands.execute(new OpenNumberSequenceCommand(user, params.sequence, params.year, body.lastIssued));
  }
}
