import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import { SEQUENCE_OPENERS } from '../../../shared/letters.roles';
import { OpenNumberSequenceCommand } from './open-number-sequence.command';
import type { OpenNumberSequenceResult } from './open-number-sequence.handler';
import { NumberSequenceParams, OpenNumberSequenceRequest } from './open-number-sequence.request.dto';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Buku nomor')
@ApiBearerAuth()
@Controller('number-sequences')
export class OpenNumberSequenceHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Continues a pre-Jejak number book of the caller's dinas from its last number (409 once the book is in use). */
  @Post(':sequence/:year/open')
  @ApiEndpoint({
    summary: 'Continue a number book kept before Jejak',
    description: 'Continues a number book of the caller\'s dinas from the last number issued before Jejak (mid-year migration): the next number is `lastIssued + 1`. Sekretariat only; a 409 once the book is in use.',
    body: { type: OpenNumberSequenceRequest, example: { lastIssued: 1621 } },
    path: '/number-sequences/{sequence}/{year}/open',
    problems: [400, { status: 400, code: 'SEQUENCE_UNKNOWN', detail: 'Buku nomor "arsip" tidak dikenal di dinas ini.', summary: 'The dinas has no such book' }, letterProblem(403, 'NOT_SEQUENCE_OPENER', 'Only the sekretariat'), letterProblem(409, 'SEQUENCE_ALREADY_OPEN', 'The book is in use'), 409],
  })
  @HttpCode(201)
  @Roles(...SEQUENCE_OPENERS)
  open(@CurrentUser() user: AuthenticatedUser, @Param() params: NumberSequenceParams, @Body() body: OpenNumberSequenceRequest): Promise<OpenNumberSequenceResult> {
    return this.commands.execute(new OpenNumberSequenceCommand(user, params.sequence, params.year, body.lastIssued));
  }
}
