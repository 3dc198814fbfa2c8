import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { APPLICATION_STAFF } from '../../../shared/permitting.roles';
import { PermitApplicationCommandResponse, respondApplication, type ApplicationOutcome } from '../../../shared/permit-application.response';
import { RegisterApplicationCommand } from './register-application.command';
import { RegisterApplicationRequest } from './register-application.request.dto';

@ApiTags('permit-applications')
@ApiBearerAuth()
@Controller('permit-applications')
export class RegisterApplicationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles(...APPLICATION_STAFF)
  @ApiEndpoint({
    summary: 'Register an application for a permit type',
    description: 'A business by NIB (13 digits), a cooperative by NIK koperasi (shape from the permit type), a person by NIK (16 digits; region and date of birth checked), with the reference of the national system where there is one. The version of the permit type in force today is copied onto the application. Personal data is kept under `personal`.',
    body: {
      type: RegisterApplicationRequest,
      examples: {
        business: { summary: 'IUI rekomtek for a business', value: { permitType: 'IUI_REKOMTEK', applicant: { kind: 'business', nib: '9120001234567', organisationName: 'CV Batik Pacitan' }, personal: { name: 'Siti Contoh', nik: '3501015708900002', phone: '081200000000' }, nationalReference: { system: 'OSS', reference: 'OSS-2025-000123' } } },
        cooperative: { summary: 'NIK koperasi for a cooperative', value: { permitType: 'NIK_KOPERASI', applicant: { kind: 'cooperative', nikKoperasi: '3501020030012345', organisationName: 'KSP Sejahtera' }, personal: { name: 'Budi Contoh' } } },
      },
    },
    response: { status: 201, type: PermitApplicationCommandResponse, example: { id: '0b8f4c2e-7d1a-4f5e-9a3b-2c6d8e1f0a4b', stage: 'checking', revision: 0, events: ['ApplicationRegistered'] } },
    path: '/permit-applications',
    problems: [
      { status: 400, code: 'APPLICATION_INVALID', detail: 'Data permohonan tidak valid' },
      { status: 400, code: 'PERMIT_TYPE_UNKNOWN', detail: 'Jenis izin IZIN_X tidak dikenal di dinas ini' },
      403,
    ],
  })
  async register(@CurrentUser() user: AuthenticatedUser, @Body() body: RegisterApplicationRequest, @Res({ passthrough: true }) res: Response): Promise<PermitApplicationCommandResponse> {
    const outcome = await this.commands.execute<RegisterApplicationCommand, ApplicationOutcome>(new RegisterApplicationCommand(user, body));
    res.setHeader('Location', `/permit-applications/${outcome.id}`);
    return respondApplication(res, outcome);
  }
}
