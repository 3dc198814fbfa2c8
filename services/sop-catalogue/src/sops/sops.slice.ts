import type { ServiceSlice } from '@jejak/service-kit';
import { ApproveSopHandler } from './commands/approve-sop/approve-sop.handler';
import { ApproveSopHttpController } from './commands/approve-sop/approve-sop.http.controller';
import { ConfirmSopProposalHandler } from './commands/confirm-sop-proposal/confirm-sop-proposal.handler';
import { ConfirmSopProposalHttpController } from './commands/confirm-sop-proposal/confirm-sop-proposal.http.controller';
import { RejectSopProposalHandler } from './commands/reject-sop-proposal/reject-sop-proposal.handler';
import { RejectSopProposalHttpController } from './commands/reject-sop-proposal/reject-sop-proposal.http.controller';
import { GetSopGapsHandler } from './queries/get-sop-gaps/get-sop-gaps.handler';
import { GetSopGapsHttpController } from './queries/get-sop-gaps/get-sop-gaps.http.controller';
import { DraftSopHandler } from './commands/draft-sop/draft-sop.handler';
import { DraftSopHttpController } from './commands/draft-sop/draft-sop.http.controller';
import { EditSopDraftHandler } from './commands/edit-sop-draft/edit-sop-draft.handler';
import { EditSopDraftHttpController } from './commands/edit-sop-draft/edit-sop-draft.http.controller';
import { ImportSopBookHandler } from './commands/import-sop-book/import-sop-book.handler';
import { ImportSopBookHttpController } from './commands/import-sop-book/import-sop-book.http.controller';
import { MakeSopEffectiveHandler } from './commands/make-sop-effective/make-sop-effective.handler';
import { MakeSopEffectiveHttpController } from './commands/make-sop-effective/make-sop-effective.http.controller';
import { RegisterSopOnPaperHandler } from './commands/register-sop-on-paper/register-sop-on-paper.handler';
import { RegisterSopOnPaperHttpController } from './commands/register-sop-on-paper/register-sop-on-paper.http.controller';
import { RejectSopApprovalHandler } from './commands/reject-sop-approval/reject-sop-approval.handler';
import { RejectSopApprovalHttpController } from './commands/reject-sop-approval/reject-sop-approval.http.controller';
import { RetireSopHandler } from './commands/retire-sop/retire-sop.handler';
import { RetireSopHttpController } from './commands/retire-sop/retire-sop.http.controller';
import { ReviseSopHandler } from './commands/revise-sop/revise-sop.handler';
import { ReviseSopHttpController } from './commands/revise-sop/revise-sop.http.controller';
import { SubmitSopHandler } from './commands/submit-sop/submit-sop.handler';
import { SubmitSopHttpController } from './commands/submit-sop/submit-sop.http.controller';
import { DiffSopVersionsHandler } from './queries/diff-sop-versions/diff-sop-versions.handler';
import { DiffSopVersionsHttpController } from './queries/diff-sop-versions/diff-sop-versions.http.controller';
import { GetSopAsOfHandler } from './queries/get-sop-as-of/get-sop-as-of.handler';
import { GetSopAsOfHttpController } from './queries/get-sop-as-of/get-sop-as-of.http.controller';
import { GetSopHistoryHandler } from './queries/get-sop-history/get-sop-history.handler';
import { GetSopHistoryHttpController } from './queries/get-sop-history/get-sop-history.http.controller';
import { GetSopHandler } from './queries/get-sop/get-sop.handler';
import { GetSopHttpController } from './queries/get-sop/get-sop.http.controller';
import { KeterkaitanGraphHandler } from './queries/keterkaitan-graph/keterkaitan-graph.handler';
import { KeterkaitanGraphHttpController } from './queries/keterkaitan-graph/keterkaitan-graph.http.controller';
import { ListSopsHandler } from './queries/list-sops/list-sops.handler';
import { ListSopsHttpController } from './queries/list-sops/list-sops.http.controller';
import { RenderSopDocumentHandler } from './queries/render-sop-document/render-sop-document.handler';
import { RenderSopDocumentHttpController } from './queries/render-sop-document/render-sop-document.http.controller';
import { SopListEntity } from './read-model/sop-list.entity';
import { SopVersionEntity } from './read-model/sop-version.entity';
import { SopReader } from './sop.reader';

/** The read-model entities of the SOP feature (TypeORM, schema `sop_catalogue_rm`). */
export const SOPS_ENTITIES = [SopListEntity, SopVersionEntity];

/** SOPs: drafting, the approval lifecycle, book imports, and every read (list, as-of, diff, history, documents). */
export const sopsSlice: ServiceSlice = {
  controllers: [
    DraftSopHttpController,
    ImportSopBookHttpController,
    EditSopDraftHttpController,
    ConfirmSopProposalHttpController,
    RejectSopProposalHttpController,
    SubmitSopHttpController,
    RejectSopApprovalHttpController,
    ApproveSopHttpController,
    MakeSopEffectiveHttpController,
    RegisterSopOnPaperHttpController,
    ReviseSopHttpController,
    RetireSopHttpController,
    ListSopsHttpController,
    KeterkaitanGraphHttpController,
    GetSopHttpController,
    GetSopGapsHttpController,
    GetSopAsOfHttpController,
    DiffSopVersionsHttpController,
    GetSopHistoryHttpController,
    RenderSopDocumentHttpController,
  ],
  providers: [
    SopReader,
    DraftSopHandler,
    ImportSopBookHandler,
    EditSopDraftHandler,
    ConfirmSopProposalHandler,
    RejectSopProposalHandler,
    SubmitSopHandler,
    RejectSopApprovalHandler,
    ApproveSopHandler,
    MakeSopEffectiveHandler,
    RegisterSopOnPaperHandler,
    ReviseSopHandler,
    RetireSopHandler,
    ListSopsHandler,
    KeterkaitanGraphHandler,
    GetSopHandler,
    GetSopGapsHandler,
    GetSopAsOfHandler,
    DiffSopVersionsHandler,
    GetSopHistoryHandler,
    RenderSopDocumentHandler,
  ],
};
