import type { ServiceSlice } from '@jejak/service-kit';
import { AcceptProposalCompleteHandler } from './commands/accept-proposal-complete/accept-proposal-complete.handler';
import { AcceptProposalCompleteHttpController } from './commands/accept-proposal-complete/accept-proposal-complete.http.controller';
import { ProposeLoanHandler } from './commands/propose-loan/propose-loan.handler';
import { ProposeLoanHttpController } from './commands/propose-loan/propose-loan.http.controller';
import { ResubmitProposalHandler } from './commands/resubmit-proposal/resubmit-proposal.handler';
import { ResubmitProposalHttpController } from './commands/resubmit-proposal/resubmit-proposal.http.controller';
import { ReturnProposalIncompleteHandler } from './commands/return-proposal-incomplete/return-proposal-incomplete.handler';
import { ReturnProposalIncompleteHttpController } from './commands/return-proposal-incomplete/return-proposal-incomplete.http.controller';
import { RecordVerificationHandler } from './commands/record-verification/record-verification.handler';
import { RecordVerificationHttpController } from './commands/record-verification/record-verification.http.controller';
import { ApproveLoanHandler } from './commands/approve-loan/approve-loan.handler';
import { ApproveLoanHttpController } from './commands/approve-loan/approve-loan.http.controller';
import { DisburseLoanHandler } from './commands/disburse-loan/disburse-loan.handler';
import { DisburseLoanHttpController } from './commands/disburse-loan/disburse-loan.http.controller';
import { RecordRepaymentHandler } from './commands/record-repayment/record-repayment.handler';
import { RecordRepaymentHttpController } from './commands/record-repayment/record-repayment.http.controller';
import { GetLoanHandler } from './queries/loan/loan.handler';
import { GetLoanHttpController } from './queries/loan/loan.http.controller';

/** Loans so far: proposal and completeness (SOP 17), verification (18), penetapan (19), penyaluran (20), repayments and settlement. */
export const loansSlice: ServiceSlice = {
  controllers: [ProposeLoanHttpController, ReturnProposalIncompleteHttpController, ResubmitProposalHttpController, AcceptProposalCompleteHttpController, RecordVerificationHttpController, ApproveLoanHttpController, DisburseLoanHttpController, RecordRepaymentHttpController, GetLoanHttpController],
  providers: [ProposeLoanHandler, ReturnProposalIncompleteHandler, ResubmitProposalHandler, AcceptProposalCompleteHandler, RecordVerificationHandler, ApproveLoanHandler, DisburseLoanHandler, RecordRepaymentHandler, GetLoanHandler],
};
