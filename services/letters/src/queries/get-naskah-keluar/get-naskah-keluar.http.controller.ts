import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { RedactedLetterView } from '../../domain';
import { LetterIdParams } from '../../shared/dto/letter-values.dto';
import { GetNaskahKeluarQuery } from './get-naskah-keluar.query';
import type { NaskahKeluarDetail } from './naskah-keluar.detail';

@ApiTags('Naskah keluar')
@ApiBearerAuth()
@Controller('naskah-keluar')
export class GetNaskahKeluarHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The draft or letter with its paraf rounds, signature and dispatches; the ETag is its revision. */
  @Get(':id')
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: LetterIdParams, @Res({ passthrough: true }) res: Response): Promise<NaskahKeluarDetail | RedactedLetterView> {
    const view = await this.queries.execute<GetNaskahKeluarQuery, NaskahKeluarDetail | RedactedLetterView>(new GetNaskahKeluarQuery(user, params.id));
    if (!view.redacted) setETag(res, view.revision);
    return view;
  }
}
