import { AcknowledgeDisposisiHandler } from './commands/acknowledge-disposisi/acknowledge-disposisi.handler';
import { AcknowledgeDisposisiHttpController } from './commands/acknowledge-disposisi/acknowledge-disposisi.http.controller';
import { CloseDisposisiHandler } from './commands/close-disposisi/close-disposisi.handler';
import { CloseDisposisiHttpController } from './commands/close-disposisi/close-disposisi.http.controller';
import { CloseSuratMasukHandler } from './commands/close-surat-masuk/close-surat-masuk.handler';
import { CloseSuratMasukHttpController } from './commands/close-surat-masuk/close-surat-masuk.http.controller';
import { LinkSopCaseHandler } from './commands/link-sop-case/link-sop-case.handler';
import { LinkSopCaseHttpController } from './commands/link-sop-case/link-sop-case.http.controller';
import { ReadSuratMasukHandler } from './commands/read-surat-masuk/read-surat-masuk.handler';
import { ReadSuratMasukHttpController } from './commands/read-surat-masuk/read-surat-masuk.http.controller';
import { RegisterSuratMasukHandler } from './commands/register-surat-masuk/register-surat-masuk.handler';
import { RegisterSuratMasukHttpController } from './commands/register-surat-masuk/register-surat-masuk.http.controller';
import { ReportFollowUpHandler } from './commands/report-follow-up/report-follow-up.handler';
import { ReportFollowUpHttpController } from './commands/report-follow-up/report-follow-up.http.controller';
import { SendDisposisiHandler } from './commands/send-disposisi/send-disposisi.handler';
import { SendDisposisiHttpController } from './commands/send-disposisi/send-disposisi.http.controller';
import { AgendaSuratMasukHandler } from './queries/agenda-surat-masuk/agenda-surat-masuk.handler';
import { AgendaSuratMasukHttpController } from './queries/agenda-surat-masuk/agenda-surat-masuk.http.controller';
import { GetSuratMasukHandler } from './queries/get-surat-masuk/get-surat-masuk.handler';
import { GetSuratMasukHttpController } from './queries/get-surat-masuk/get-surat-masuk.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

/** Surat masuk: registration (agenda), disposisi down the hierarchy, closing; its detail and agenda book. */
export const suratMasukSlice: ServiceSlice = {
  controllers: [
    RegisterSuratMasukHttpController,
    ReadSuratMasukHttpController,
    LinkSopCaseHttpController,
    SendDisposisiHttpController,
    AcknowledgeDisposisiHttpController,
    ReportFollowUpHttpController,
    CloseDisposisiHttpController,
    CloseSuratMasukHttpController,
    AgendaSuratMasukHttpController,
    GetSuratMasukHttpController,
  ],
  providers: [
    RegisterSuratMasukHandler,
    ReadSuratMasukHandler,
    LinkSopCaseHandler,
    SendDisposisiHandler,
    AcknowledgeDisposisiHandler,
    ReportFollowUpHandler,
    CloseDisposisiHandler,
    CloseSuratMasukHandler,
    AgendaSuratMasukHandler,
    GetSuratMasukHandler,
  ],
};
