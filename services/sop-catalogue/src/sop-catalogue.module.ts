import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { ApproveSopHandler } from './sops/commands/approve-sop/approve-sop.handler';
import { ApproveSopHttpController } from './sops/commands/approve-sop/approve-sop.http.controller';
import { ImportSopBookHandler } from './sops/commands/import-sop-book/import-sop-book.handler';
import { ImportSopBookHttpController } from './sops/commands/import-sop-book/import-sop-book.http.controller';
import { RenderSopDocumentHandler } from './sops/queries/render-sop-document/render-sop-document.handler';
import { RenderSopDocumentHttpController } from './sops/queries/render-sop-document/render-sop-document.http.controller';
import { DraftSopHandler } from './sops/commands/draft-sop/draft-sop.handler';
import { DraftSopHttpController } from './sops/commands/draft-sop/draft-sop.http.controller';
import { EditSopDraftHandler } from './sops/commands/edit-sop-draft/edit-sop-draft.handler';
import { EditSopDraftHttpController } from './sops/commands/edit-sop-draft/edit-sop-draft.http.controller';
import { MakeSopEffectiveHandler } from './sops/commands/make-sop-effective/make-sop-effective.handler';
import { MakeSopEffectiveHttpController } from './sops/commands/make-sop-effective/make-sop-effective.http.controller';
import { RejectSopApprovalHandler } from './sops/commands/reject-sop-approval/reject-sop-approval.handler';
import { RejectSopApprovalHttpController } from './sops/commands/reject-sop-approval/reject-sop-approval.http.controller';
import { RetireSopHandler } from './sops/commands/retire-sop/retire-sop.handler';
import { RetireSopHttpController } from './sops/commands/retire-sop/retire-sop.http.controller';
import { ReviseSopHandler } from './sops/commands/revise-sop/revise-sop.handler';
import { ReviseSopHttpController } from './sops/commands/revise-sop/revise-sop.http.controller';
import { SubmitSopHandler } from './sops/commands/submit-sop/submit-sop.handler';
import { SubmitSopHttpController } from './sops/commands/submit-sop/submit-sop.http.controller';
import { DiffSopVersionsHandler } from './sops/queries/diff-sop-versions/diff-sop-versions.handler';
import { DiffSopVersionsHttpController } from './sops/queries/diff-sop-versions/diff-sop-versions.http.controller';
import { GetSopAsOfHandler } from './sops/queries/get-sop-as-of/get-sop-as-of.handler';
import { GetSopAsOfHttpController } from './sops/queries/get-sop-as-of/get-sop-as-of.http.controller';
import { GetSopHistoryHandler } from './sops/queries/get-sop-history/get-sop-history.handler';
import { GetSopHistoryHttpController } from './sops/queries/get-sop-history/get-sop-history.http.controller';
import { GetSopHandler } from './sops/queries/get-sop/get-sop.handler';
import { GetSopHttpController } from './sops/queries/get-sop/get-sop.http.controller';
import { KeterkaitanGraphHandler } from './sops/queries/keterkaitan-graph/keterkaitan-graph.handler';
import { KeterkaitanGraphHttpController } from './sops/queries/keterkaitan-graph/keterkaitan-graph.http.controller';
import { ListSopsHandler } from './sops/queries/list-sops/list-sops.handler';
import { ListSopsHttpController } from './sops/queries/list-sops/list-sops.http.controller';
import { SopListEntity } from './sops/read-model/sop-list.entity';
import { SopVersionEntity } from './sops/read-model/sop-version.entity';
import { SOP_READ_SCHEMA } from './sops/read-model/sop-catalogue.projection';
import { SopCatalogueWorkers } from './sops/sop-catalogue.workers';
import { SopCommandExecutor } from './sops/sop-command.executor';
import { SopReader } from './sops/sop.reader';

export const SERVICE_NAME = 'sop-catalogue';

export interface SopCatalogueModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

@Module({})
export class SopCatalogueModule {
  static forRoot(options: SopCatalogueModuleOptions): DynamicModule {
    return {
      module: SopCatalogueModule,
      imports: serviceInfrastructure({
        serviceName: SERVICE_NAME,
        config: options.config,
        auth: options.auth,
        readSchema: SOP_READ_SCHEMA,
        entities: [SopListEntity, SopVersionEntity],
      }),
      controllers: [
        DraftSopHttpController,
        ImportSopBookHttpController,
        EditSopDraftHttpController,
        SubmitSopHttpController,
        RejectSopApprovalHttpController,
        ApproveSopHttpController,
        MakeSopEffectiveHttpController,
        ReviseSopHttpController,
        RetireSopHttpController,
        ListSopsHttpController,
        KeterkaitanGraphHttpController,
        GetSopHttpController,
        GetSopAsOfHttpController,
        DiffSopVersionsHttpController,
        GetSopHistoryHttpController,
        RenderSopDocumentHttpController,
      ],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        SopCommandExecutor,
        SopReader,
        SopCatalogueWorkers,
        DraftSopHandler,
        ImportSopBookHandler,
        EditSopDraftHandler,
        SubmitSopHandler,
        RejectSopApprovalHandler,
        ApproveSopHandler,
        MakeSopEffectiveHandler,
        ReviseSopHandler,
        RetireSopHandler,
        ListSopsHandler,
        KeterkaitanGraphHandler,
        GetSopHandler,
        GetSopAsOfHandler,
        DiffSopVersionsHandler,
        GetSopHistoryHandler,
        RenderSopDocumentHandler,
      ],
    };
  }
}
