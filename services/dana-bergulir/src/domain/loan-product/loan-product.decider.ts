import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { LoanProductCommand } from './loan-product.commands';
import { decide } from './loan-product.decide';
import { loanProductEventTypes, type LoanProductEvent } from './loan-product.events';
import { evolve } from './loan-product.evolve';
import { initialLoanProductState, type LoanProductState } from './loan-product.state';

export const loanProductDecider: Decider<LoanProductCommand, LoanProductEvent, LoanProductState> = {
  decide,
  evolve,
  initialState: initialLoanProductState,
};

/** One stream per product. */
export const LOAN_PRODUCT_STREAM_PREFIX = 'product-';
export const loanProductIdOfStream = (stream: string): string => stream.slice(LOAN_PRODUCT_STREAM_PREFIX.length);

export const LoanProductAggregate: AggregateType<LoanProductCommand, LoanProductEvent, LoanProductState> = {
  name: 'loan-product',
  stream: (id) => `${LOAN_PRODUCT_STREAM_PREFIX}${id}`,
  decider: loanProductDecider,
  events: loanProductEventTypes,
};
