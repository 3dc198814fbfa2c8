import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { RedactedLetterView } from '../../domain';
import { LetterIdParams } from '../../shared/dto/letter-values.dto';
import type { LetterHistory } from './letter-history.handler';
import { LetterHistoryQuery } from './letter-history.query';

@ApiTags('Surat')
@ApiBearerAuth()
@Controller('letters')
export class LetterHistoryHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The letter's history: every recorded fact, who and when (only that it exists for a rahasia letter outside the user's chain). */
  @Get(':id/history')
  history(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams): Promise<LetterHistory | RedactedLetterView> {
    return this.queries.execute(new LetterHistoryQuery(user, params.id));
  }
}
