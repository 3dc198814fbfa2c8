import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { CommandOutcome } from '@jejak/service-kit';
import type { Response } from 'express';
import { PERMIT_TYPE_SEEDS, type PermitTypeContent, type PermitTypeEvent, type PermitTypeState } from '../../../domain';
import { PERMIT_TYPE_EDITORS } from '../../../shared/permitting.roles';
import { PermitTypeCommandResponse, respondPermitType } from '../../../shared/permit-type.response';
import { DefinePermitTypeCommand } from './define-permit-type.command';
import { DefinePermitTypeRequest } from './define-permit-type.request.dto';

const example = PERMIT_TYPE_SEEDS.find((s) => s.code === 'IUI_REKOMTEK')!;

@ApiTags('permit-types')
@ApiBearerAuth()
@Controller('permit-types')
export class DefinePermitTypeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles(...PERMIT_TYPE_EDITORS)
  @ApiEndpoint({
    summary: 'Define a permit type in the caller\'s dinas',
    description: 'Version 1 of a permit type: SOP reference, required documents with who supplies them, ya/tidak checks, outside steps, outputs, validity rule. Each value carries its verification (VERIFIED, UNVERIFIED, CONFLICTING) and source. 409 PERMIT_TYPE_ALREADY_EXISTS when the code exists in the dinas.',
    body: { type: DefinePermitTypeRequest, example: { code: example.code, effectiveFrom: example.effectiveFrom, content: example.content } },
    response: { status: 201, type: PermitTypeCommandResponse, example: { code: 'IUI_REKOMTEK', version: 1, revision: 0, events: ['PermitTypeDefined'] } },
    path: '/permit-types',
    problems: [{ status: 400, code: 'PERMIT_TYPE_INVALID', detail: 'Data jenis izin tidak valid' }, 403, { status: 409, code: 'PERMIT_TYPE_ALREADY_EXISTS', detail: 'Jenis izin IUI_REKOMTEK sudah ada di dinas ini' }],
  })
  async define(@CurrentUser() user: AuthenticatedUser, @Body() body: DefinePermitTypeRequest, @Res({ passthrough: true }) res: Response): Promise<PermitTypeCommandResponse> {
    const outcome = await this.commands.execute<DefinePermitTypeCommand, CommandOutcome<PermitTypeEvent, PermitTypeState>>(
      new DefinePermitTypeCommand(user, body.code, body.effectiveFrom, body.content as unknown as PermitTypeContent),
    );
    res.setHeader('Location', `/permit-types/${body.code}`);
    return respondPermitType(res, outcome);
  }
}
