import type { ServiceSlice } from '@jejak/service-kit';
import { CloseLoanHandler } from './commands/close-loan/close-loan.handler';
import { CloseLoanHttpController } from './commands/close-loan/close-loan.http.controller';
import { CreateLoanHandler } from './commands/create-loan/create-loan.handler';
import { CreateLoanHttpController } from './commands/create-loan/create-loan.http.controller';
import { GetLoanHandler } from './queries/loan/loan.handler';
import { GetLoanHttpController } from './queries/loan/loan.http.controller';

/** The loans capability: its HTTP controllers and its command/query handlers. */
export const loansSlice: ServiceSlice = {
  controllers: [CreateLoanHttpController, CloseLoanHttpController, GetLoanHttpController],
  providers: [CreateLoanHandler, CloseLoanHandler, GetLoanHandler],
};
