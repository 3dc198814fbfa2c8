import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopQuery } from './get-sop.query';
import type { SopView } from './get-sop.handler';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The SOP with every version, read from its stream. The ETag is the stream revision (use it as If-Match). */
  @Get(':id')
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams, @Res({ passthrough: true }) res: Response): Promise<SopView> {
    const view = await this.queries.execute<GetSopQuery, SopView>(new GetSopQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
