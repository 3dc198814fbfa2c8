import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { LoanCommand } from './loan.commands';
import { decide } from './loan.decide';
import { loanEventTypes, type LoanEvent } from './loan.events';
import { evolve } from './loan.evolve';
import { initialLoanState, type LoanState } from './loan.state';

export const loanDecider: Decider<LoanCommand, LoanEvent, LoanState> = { decide, evolve, initialState: initialLoanState };

/** One stream per loan (from its proposal on). */
export const LOAN_STREAM_PREFIX = 'loan-';
export const loanIdOfStream = (stream: string): string => stream.slice(LOAN_STREAM_PREFIX.length);

export const LoanAggregate: AggregateType<LoanCommand, LoanEvent, LoanState> = {
  name: 'loan',
  stream: (id) => `${LOAN_STREAM_PREFIX}${id}`,
  decider: loanDecider,
  events: loanEventTypes,
};
