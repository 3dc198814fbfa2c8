import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { LoanCommand } from './loan.commands';
import { decide } from './loan.decide';
import { loanEventTypes, type LoanEvent } from './loan.events';
import { evolve } from './loan.evolve';
import { initialLoanState, type LoanState } from './loan.state';

export const loanDecider: Decider<LoanCommand, LoanEvent, LoanState> = {
  decide,
  evolve,
  initialState: initialLoanState,
};

/** One stream per loan. */
export const LOAN_STREAM_PREFIX = 'loan-';
export const loanIdOfStream = (stream: string): string => stream.slice(LOAN_STREAM_PREFIX.length);

/** The aggregate as the command pipeline sees it (a plain object: the domain stays framework-free). */
export const LoanAggregate: AggregateType<LoanCommand, LoanEvent, LoanState> = {
  name: 'loan',
  stream: (id) => `${LOAN_STREAM_PREFIX}${id}`,
  decider: loanDecider,
  events: loanEventTypes,
};

