import { CancelCaseHandler } from './commands/cancel-case/cancel-case.handler';
import { CancelCaseHttpController } from './commands/cancel-case/cancel-case.http.controller';
import { CompleteStepHandler } from './commands/complete-step/complete-step.handler';
import { CompleteStepHttpController } from './commands/complete-step/complete-step.http.controller';
import { ImportCaseHistoryHandler } from './commands/import-case-history/import-case-history.handler';
import { ImportCaseHistoryHttpController } from './commands/import-case-history/import-case-history.http.controller';
import { StartCaseHandler } from './commands/start-case/start-case.handler';
import { StartCaseHttpController } from './commands/start-case/start-case.http.controller';
import { StartStepHandler } from './commands/start-step/start-step.handler';
import { StartStepHttpController } from './commands/start-step/start-step.http.controller';
import { TakeDecisionHandler } from './commands/take-decision/take-decision.handler';
import { TakeDecisionHttpController } from './commands/take-decision/take-decision.http.controller';
import { GetCaseHandler } from './queries/get-case/get-case.handler';
import { GetCaseHttpController } from './queries/get-case/get-case.http.controller';
import { ListCasesHandler } from './queries/list-cases/list-cases.handler';
import { ListCasesHttpController } from './queries/list-cases/list-cases.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

// ImportCaseHistory (POST /cases/history) is listed before the :id routes it could otherwise be shadowed by.
export const casesSlice: ServiceSlice = {
  controllers: [
    ImportCaseHistoryHttpController,
    StartCaseHttpController,
    StartStepHttpController,
    CompleteStepHttpController,
    TakeDecisionHttpController,
    CancelCaseHttpController,
    ListCasesHttpController,
    GetCaseHttpController,
  ],
  providers: [
    StartCaseHandler,
    StartStepHandler,
    CompleteStepHandler,
    TakeDecisionHandler,
    CancelCaseHandler,
    ImportCaseHistoryHandler,
    ListCasesHandler,
    GetCaseHandler,
  ],
};
