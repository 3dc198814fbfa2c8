import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { SopVersionParams } from '../../dto/version-params.dto';
import { respond, SopCommandResponse, type SopCommandOutcome } from '../../sop-command.response';
import { SOP_OFFICIALS } from '../../sop-write.roles';
import { RegisterSopOnPaperCommand } from './register-sop-on-paper.command';
import { RegisterSopOnPaperRequest } from './register-sop-on-paper.request.dto';
import { SOP_EXAMPLE_PATH, SOP_ID_EXAMPLE, SopProblems } from '../../sop-api.docs';

@ApiTags('SOP')
@ApiBearerAuth()
@Controller('sops')
export class RegisterSopOnPaperHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Registers a draft as an SOP already approved and in force on paper, signed by a (former) official. */
  @Post(':id/versions/:version/register-on-paper')
  @ApiEndpoint({
    summary: 'Register an SOP already in force on paper',
    description:
      'For an SOP that was signed and in force before Jejak (usually an imported draft): records the draft `version` as approved ' +
      'on paper by `signedBy` (e.g. a former Kepala Dinas; NIP optional) on `approvedOn`, and in force from `effectiveFrom`, ' +
      'with a reference to the scanned signed original (`original.reference` and/or `original.documentId`). Nobody is recorded ' +
      'as its approver in Jejak (`approvedBy` stays null; `onPaper` holds the signature); the user who registers it is the ' +
      "events' actor in the history. Both dates are calendar dates (YYYY-MM-DD), not in the future, and the effective date is " +
      'not before the approval date; the signer must be the document\'s "Disahkan oleh". The content must be complete, as for ' +
      'approval. Records `SopApprovedOnPaper` and `SopMadeEffective` (published as `jejak.sop.version-effective.v1`). ' +
      'Kepala Dinas or Sekretaris.',
    body: {
      type: RegisterSopOnPaperRequest,
      example: {
        signedBy: { nama: 'Ir. Ansfridus J. Andjioe, ME', nip: '196607191993111002', jabatan: 'Kepala Dinas Koperasi, UKM Provinsi Kalimantan Barat' },
        approvedOn: '2020-07-22',
        effectiveFrom: '2020-07-22',
        original: { reference: 'Arsip Sekretariat No. 518/917/KUKRU-IV-1 (pindaian PDF)', documentId: null },
      },
    },
    response: { type: SopCommandResponse, example: { sopId: SOP_ID_EXAMPLE, revision: 2, events: ['SopApprovedOnPaper', 'SopMadeEffective'] } },
    ifMatch: true,
    path: `${SOP_EXAMPLE_PATH}/versions/1/register-on-paper`,
    problems: [
      400, SopProblems.paperApprovalInvalid, SopProblems.effectiveDate, 403, SopProblems.tenantWrite, SopProblems.notFound,
      SopProblems.versionNotFound, SopProblems.decisionTargetMissing, SopProblems.incomplete, SopProblems.alreadyApproved, 409, 412,
    ],
  })
  @HttpCode(200)
  @Roles(...SOP_OFFICIALS)
  async registerSopOnPaper(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SopVersionParams,
    @Body() body: RegisterSopOnPaperRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SopCommandResponse> {
    const command = new RegisterSopOnPaperCommand(user, params.id, params.version, body, expectedRevision);
    return respond(res, await this.commands.execute<RegisterSopOnPaperCommand, SopCommandOutcome>(command));
  }
}
