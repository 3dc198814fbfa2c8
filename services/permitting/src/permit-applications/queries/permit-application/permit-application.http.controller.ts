import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import { PermitApplicationView } from './permit-application.handler';
import { GetPermitApplicationQuery } from './permit-application.query';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class GetPermitApplicationHttpController {
  constructor(private readonly queries: QueryBus, @Inject(CLOCK) private readonly clock: Clock) {}

  @Get(':id')
  @AllowReadOnlyRoles()
  @ApiEndpoint({
    summary: 'Read an application',
    description: 'Where it is (stage), whose turn it is, the documents, deficiency rounds, outside steps, elapsed and outside time, and the outcome. No personal data. The ETag is the stream revision.',
    response: { type: PermitApplicationView },
    path: '/permit-applications/{id}',
    problems: [400, { status: 404, code: 'APPLICATION_NOT_FOUND', detail: 'Permohonan tidak ditemukan' }],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: PermitApplicationParams, @Res({ passthrough: true }) res: Response): Promise<PermitApplicationView> {
    const view = await this.queries.execute<GetPermitApplicationQuery, PermitApplicationView>(new GetPermitApplicationQuery(user, params.id, this.clock.now()));
    setETag(res, view.revision);
    return view;
  }
}
