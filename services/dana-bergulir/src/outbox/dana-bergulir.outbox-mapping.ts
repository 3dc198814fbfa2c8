import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import type { OutboxMapping } from '@jejak/messaging';
import { readWith } from '@jejak/service-kit';
import { LOAN_STREAM_PREFIX, loanEventTypes, loanProductEventTypes, PROGRAMME_STREAM_PREFIX, programmeEventTypes, type LoanEvent, type LoanProductEvent, type ProgrammeEvent } from '../domain';

const readProduct = readWith(loanProductEventTypes);
const readProgramme = readWith(programmeEventTypes);
const readLoan = readWith(loanEventTypes);

/**
 * Domain event → integration event on topic `jejak.dana-bergulir.v1`. No other service consumes a
 * dana-bergulir fact yet, so every event maps to null and libs/contracts has no dana-bergulir
 * contract (docs/adding-a-service.md, "Contracts"); the first consumer adds its contract here.
 * Each event is read through its aggregate's registry (chosen by stream), so an unknown type or
 * version fails instead of being guessed.
 */
export function danaBergulirOutboxMapping(recorded: RecordedEvent): OutboxMapping {
  const event: ProgrammeEvent | LoanProductEvent | LoanEvent = recorded.stream.startsWith(PROGRAMME_STREAM_PREFIX)
    ? readProgramme(recorded)
    : recorded.stream.startsWith(LOAN_STREAM_PREFIX)
      ? readLoan(recorded)
      : readProduct(recorded);
  switch (event.type) {
    case 'ProgrammeDefined':
    case 'ProgrammeVersionAdded':
    case 'LoanProductDefined':
    case 'LoanProductVersionAdded':
    case 'LoanProposed':
    case 'ProposalReturnedIncomplete':
    case 'ProposalResubmitted':
    case 'ProposalAcceptedComplete':
    case 'VerificationRecorded':
    case 'LoanApproved':
    case 'LoanDisbursed':
    case 'RepaymentRecorded':
    case 'LoanSettled':
      return null;
    default:
      return assertNever(event, 'dana-bergulir event');
  }
}
