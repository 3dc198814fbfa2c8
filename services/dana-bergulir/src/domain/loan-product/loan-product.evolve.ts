import { assertNever } from '@jejak/domain-kit';
import type { LoanProductEvent } from './loan-product.events';
import type { LoanProductState } from './loan-product.state';

/** Pure: the state after one event. */
export function evolve(state: LoanProductState, event: LoanProductEvent): LoanProductState {
  switch (event.type) {
    case 'LoanProductDefined': {
      const { id, tenant, code, name, version, effectiveFrom, terms, at } = event.data;
      return { stage: 'defined', id, tenant, code, name, definedAt: at, versions: [{ version, effectiveFrom, terms }] };
    }
    case 'LoanProductVersionAdded': {
      if (state.stage !== 'defined') return state;
      const { version, effectiveFrom, terms } = event.data;
      return { ...state, versions: [...state.versions, { version, effectiveFrom, terms }] };
    }
    default:
      return assertNever(event, 'loan product event');
  }
}
