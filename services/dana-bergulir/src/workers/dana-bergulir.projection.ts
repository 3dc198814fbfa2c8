import type { ProjectionDefinition } from '@jejak/projections';
import { schemaFor } from '@jejak/service-kit';
import { LOAN_EVENT_TYPES, LOAN_PRODUCT_EVENT_TYPES, PROGRAMME_EVENT_TYPES } from '../domain';
import { applyLoanEvent } from '../loans/read-model/loan.projection';
import { CreateLoans1770000000002 } from '../loans/read-model/migrations/1770000000002-create-loans';
import { applyLoanProductEvent } from '../products/read-model/loan-product.projection';
import { CreateLoanProducts1770000000000 } from '../products/read-model/migrations/1770000000000-create-loan-products';
import { CreateProgrammes1770000000001 } from '../programmes/read-model/migrations/1770000000001-create-programmes';
import { applyProgrammeEvent } from '../programmes/read-model/programme.projection';

export const DANA_BERGULIR_READ_SCHEMA = schemaFor('dana-bergulir', 'rm');

const PRODUCT_TYPES: readonly string[] = LOAN_PRODUCT_EVENT_TYPES;
const PROGRAMME_TYPES: readonly string[] = PROGRAMME_EVENT_TYPES;
const LOAN_TYPES: readonly string[] = LOAN_EVENT_TYPES;

/** The dana-bergulir read models (programmes, loan products, loans): one checkpoint, rebuildable from position 0. */
export const danaBergulirProjection: ProjectionDefinition = {
  name: 'dana-bergulir',
  readSchema: DANA_BERGULIR_READ_SCHEMA,
  migrations: [CreateLoanProducts1770000000000, CreateProgrammes1770000000001, CreateLoans1770000000002],
  eventTypes: [...PRODUCT_TYPES, ...PROGRAMME_TYPES, ...LOAN_TYPES],
  async handle(events, manager) {
    for (const event of events) {
      if (PRODUCT_TYPES.includes(event.type)) await applyLoanProductEvent(manager, event);
      else if (PROGRAMME_TYPES.includes(event.type)) await applyProgrammeEvent(manager, event);
      else if (LOAN_TYPES.includes(event.type)) await applyLoanEvent(manager, event);
    }
  },
};
