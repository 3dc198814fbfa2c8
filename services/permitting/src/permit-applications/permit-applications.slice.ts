import type { ServiceSlice } from '@jejak/service-kit';
import { RegisterApplicationHandler } from './commands/register-application/register-application.handler';
import { RegisterApplicationHttpController } from './commands/register-application/register-application.http.controller';
import { ReceiveDocumentHandler } from './commands/receive-document/receive-document.handler';
import { ReceiveDocumentHttpController } from './commands/receive-document/receive-document.http.controller';
import { CheckDocumentHandler } from './commands/check-document/check-document.handler';
import { CheckDocumentHttpController } from './commands/check-document/check-document.http.controller';
import { NoticeDeficiencyHandler } from './commands/notice-deficiency/notice-deficiency.handler';
import { NoticeDeficiencyHttpController } from './commands/notice-deficiency/notice-deficiency.http.controller';
import { CompleteDeficiencyHandler } from './commands/complete-deficiency/complete-deficiency.handler';
import { CompleteDeficiencyHttpController } from './commands/complete-deficiency/complete-deficiency.http.controller';
import { VerifyApplicationHandler } from './commands/verify-application/verify-application.handler';
import { VerifyApplicationHttpController } from './commands/verify-application/verify-application.http.controller';
import { RecordInspectionHandler } from './commands/record-inspection/record-inspection.handler';
import { RecordInspectionHttpController } from './commands/record-inspection/record-inspection.http.controller';
import { RecordOutsideStepHandler } from './commands/record-outside-step/record-outside-step.handler';
import { RecordOutsideStepHttpController } from './commands/record-outside-step/record-outside-step.http.controller';
import { IssuePermitHandler } from './commands/issue-permit/issue-permit.handler';
import { IssuePermitHttpController } from './commands/issue-permit/issue-permit.http.controller';
import { RefuseApplicationHandler } from './commands/refuse-application/refuse-application.handler';
import { RefuseApplicationHttpController } from './commands/refuse-application/refuse-application.http.controller';
import { WithdrawApplicationHandler } from './commands/withdraw-application/withdraw-application.handler';
import { WithdrawApplicationHttpController } from './commands/withdraw-application/withdraw-application.http.controller';
import { GetMonthlyCountsHandler } from './queries/monthly-counts/monthly-counts.handler';
import { GetMonthlyCountsHttpController } from './queries/monthly-counts/monthly-counts.http.controller';
import { GetPermitRegisterHandler } from './queries/permit-register/permit-register.handler';
import { GetPermitRegisterHttpController } from './queries/permit-register/permit-register.http.controller';
import { GetPermitApplicationHandler } from './queries/permit-application/permit-application.handler';
import { GetPermitApplicationHttpController } from './queries/permit-application/permit-application.http.controller';

/** One application's life: registration, checklist, deficiency rounds, inspection, outside steps, outcome. */
export const permitApplicationsSlice: ServiceSlice = {
  controllers: [RegisterApplicationHttpController, ReceiveDocumentHttpController, CheckDocumentHttpController, NoticeDeficiencyHttpController, CompleteDeficiencyHttpController, VerifyApplicationHttpController, RecordInspectionHttpController, RecordOutsideStepHttpController, IssuePermitHttpController, RefuseApplicationHttpController, WithdrawApplicationHttpController, GetPermitApplicationHttpController, GetPermitRegisterHttpController, GetMonthlyCountsHttpController],
  providers: [RegisterApplicationHandler, ReceiveDocumentHandler, CheckDocumentHandler, NoticeDeficiencyHandler, CompleteDeficiencyHandler, VerifyApplicationHandler, RecordInspectionHandler, RecordOutsideStepHandler, IssuePermitHandler, RefuseApplicationHandler, WithdrawApplicationHandler, GetPermitApplicationHandler, GetPermitRegisterHandler, GetMonthlyCountsHandler],
};
