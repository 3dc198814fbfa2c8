import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { ProgrammeView } from './programme.handler';
import { GetProgrammeQuery } from './programme.query';
import { ProgrammeParams } from './programme.request.dto';

@ApiTags('Program dana bergulir')
@ApiBearerAuth()
@Controller('programmes')
export class GetProgrammeHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiEndpoint({
    summary: 'Read a programme',
    description: 'One programme with all its versions. The ETag is its stream revision.',
    response: { status: 200, type: ProgrammeView },
    path: '/programmes/{id}',
    problems: [400, { status: 404, code: 'PROGRAMME_NOT_FOUND', detail: 'program dana bergulir tidak ditemukan' }],
  })
  @AllowReadOnlyRoles()
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: ProgrammeParams, @Res({ passthrough: true }) res: Response): Promise<ProgrammeView> {
    const view = await this.queries.execute<GetProgrammeQuery, ProgrammeView>(new GetProgrammeQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
