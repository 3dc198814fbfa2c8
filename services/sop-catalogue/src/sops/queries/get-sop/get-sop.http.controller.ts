import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopParams } from '../../dto/version-params.dto';
import { GetSopQuery } from './get-sop.query';
import type { SopView } from './get-sop.handler';
import { SOP_EXAMPLE_PATH, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class GetSopHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The SOP with every version, read from its stream. The ETag is the stream revision (use it as If-Match). */
  @Get(':id')
  @ApiEndpoint({
    summary: 'Get an SOP with every version',
    description:
      'The SOP read from its stream: issuer, origin, every version with its stage, content and what still blocks its approval. ' +
      'The ETag is the stream revision: send it as If-Match when you change the SOP.',
    path: SOP_EXAMPLE_PATH,
    problems: [400, SopProblems.notFound],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: SopParams, @Res({ passthrough: true }) res: Response): Promise<SopView> {
    const view = await this.queries.execute<GetSopQuery, SopView>(new GetSopQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
