import { Injectable } from '@nestjs/common';
import { validationError } from '@jejak/domain-kit';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { canReadContent, type SopCaseLink } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import type { FlowAssignment } from '../../../flow/letter-flow.facts';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { LetterStreamReader } from '../../../shared/letter-stream.reader';
import { sopCaseLinkOf } from '../../../shared/sop-case.link';
import type { WriteDraftRequest } from './write-draft.request.dto';

export interface DraftCaseLink {
  sopCase: SopCaseLink | null;
  assign: FlowAssignment | null;
}

/**
 * The SOP case a new draft advances: the case of the surat masuk it answers (`inReplyTo`), or a
 * case named explicitly. A surat masuk the drafter may not read is "not found", so a reply cannot be
 * used to learn of a rahasia letter.
 */
@Injectable()
export class ReplyLinkResolver {
  constructor(
    private readonly reader: LetterStreamReader,
    private readonly registry: LettersConfigRegistry,
  ) {}

  async resolve(user: AuthenticatedUser, body: WriteDraftRequest): Promise<DraftCaseLink> {
    if (body.sopCase !== undefined) {
      if (body.sopCase.caseId === undefined) {
        throw validationError('SOP_CASE_LINK_INVALID', 'Naskah keluar hanya dapat memajukan kasus SOP yang sudah ada.', [{ field: 'sopCase.caseId', message: 'caseId wajib diisi' }]);
      }
      const flow = this.registry.flow(user.tenant, body.sopCase.flow);
      const link = { flow: flow.key, caseId: body.sopCase.caseId };
      return { sopCase: sopCaseLinkOf(flow, link.caseId), assign: { link, opening: null } };
    }
    if (body.inReplyTo === undefined) return { sopCase: null, assign: null };
    const surat = await this.reader.load(SURAT_MASUK, body.inReplyTo);
    const view = SURAT_MASUK.view(surat.state);
    if (view === null || view.tenant !== user.tenant || !canReadContent(view, actingUser(user))) {
      throw validationError('DRAFT_INVALID', 'Surat masuk yang dijawab tidak ditemukan.', [{ field: 'inReplyTo', message: 'surat masuk tidak ditemukan' }]);
    }
    const sopCase = surat.state.stage === 'unregistered' ? null : surat.state.surat.sopCase;
    return { sopCase, assign: surat.link === null ? null : { link: surat.link, opening: null } };
  }
}
