import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowReadOnlyRoles, ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { PermitTypeParams } from '../../../permit-types/commands/revise-permit-type/revise-permit-type.request.dto';
import { PermitRegisterView } from './permit-register.handler';
import { GetPermitRegisterQuery } from './permit-register.query';
import { permitRegisterXlsx } from './permit-register.xlsx';
import { PermitRegisterQueryParams } from './permit-register.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-types')
export class GetPermitRegisterHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code/register')
  @AllowReadOnlyRoles()
  @ApiEndpoint({
    summary: 'Read the register of a permit type for a year',
    description: 'Every application of the permit type registered in the year (WIB), numbered in order: applicant kind and organisation, national reference, stage, deficiency rounds, outcome, number, validity, outside hours. JSON only; no personal data.',
    response: { type: PermitRegisterView },
    path: '/permit-types/{code}/register',
    problems: [400],
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: PermitTypeParams, @Query() query: PermitRegisterQueryParams): Promise<PermitRegisterView> {
    return this.queries.execute<GetPermitRegisterQuery, PermitRegisterView>(new GetPermitRegisterQuery(user, params.code, query.year));
  }

  @Get(':code/register.xlsx')
  @AllowReadOnlyRoles()
  @ApiEndpoint({
    summary: 'Download the register of a permit type for a year as XLSX',
    description: 'The same entries as the JSON register, in a workbook with Indonesian column headers (A4 landscape, header rows frozen).',
    response: { description: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    path: '/permit-types/{code}/register.xlsx',
    problems: [400],
  })
  async xlsx(@CurrentUser() user: AuthenticatedUser, @Param() params: PermitTypeParams, @Query() query: PermitRegisterQueryParams, @Res() res: Response): Promise<void> {
    const view = await this.queries.execute<GetPermitRegisterQuery, PermitRegisterView>(new GetPermitRegisterQuery(user, params.code, query.year));
    const body = await permitRegisterXlsx(view);
    res.status(200);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Content-Disposition', `attachment; filename="register-${view.permitType.toLowerCase()}-${view.tenant}-${view.year}.xlsx"`);
    res.end(body);
  }
}
