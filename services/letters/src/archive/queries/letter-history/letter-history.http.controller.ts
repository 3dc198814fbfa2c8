import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { RedactedLetterView } from '../../../domain';
import { LetterIdParams } from '../../../shared/dto/letter-values.dto';
import type { LetterHistory } from './letter-history.handler';
import { LetterHistoryQuery } from './letter-history.query';
import { letterProblem } from '../../../shared/letters.problems';

@ApiTags('Surat')
@ApiBearerAuth()
@Controller('letters')
export class LetterHistoryHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The letter's history: every recorded fact, who and when (only that it exists for a rahasia letter outside the user's chain). */
  @Get(':id/history')
  @ApiEndpoint({
    summary: 'A letter\'s history',
    description: 'Every recorded fact of the letter: what, who and when (only that it exists for a rahasia letter outside the caller\'s chain).',
    path: '/letters/{id}/history',
    problems: [400, 403, letterProblem(404, 'SURAT_MASUK_NOT_FOUND', 'No such letter in your dinas')],
  })
  history(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams): Promise<LetterHistory | RedactedLetterView> {
    return this.queries.execute(new LetterHistoryQuery(user, params.id));
  }
}
