import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { KegiatanView } from './kegiatan.handler';
import { GetKegiatanQuery } from './kegiatan.query';
import { KegiatanParams } from './kegiatan.request.dto';

@ApiTags('kegiatan')
@ApiBearerAuth()
@Controller('kegiatan')
export class GetKegiatanHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** One kegiatan; the ETag is its stream revision (send it as If-Match when changing it). */
  @Get(':id')
  @AllowReadOnlyRoles()
  @ApiOkResponse({ type: KegiatanView })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: KegiatanParams, @Res({ passthrough: true }) res: Response): Promise<KegiatanView> {
    const view = await this.queries.execute<GetKegiatanQuery, KegiatanView>(new GetKegiatanQuery(user, params.id));
    setETag(res, view.revision);
    return view;
  }
}
