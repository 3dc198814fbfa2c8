import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { readWith } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { loanProductEventTypes, loanProductIdOfStream } from '../../domain';

/** Stored events as the current schema version (upcast when older). */
const read = readWith(loanProductEventTypes);

/** Projects one loan-product event into `loan_product`. */
export async function applyLoanProductEvent(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = loanProductIdOfStream(recorded.stream);
  switch (event.type) {
    case 'LoanProductDefined': {
      const { tenant, code, name, version, effectiveFrom, terms, at } = event.data;
      await m.query(
        `INSERT INTO loan_product (id, tenant, code, name, defined_at, versions, stream_revision) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
        [id, tenant, code, name, at, JSON.stringify([{ version, effectiveFrom, terms }]), recorded.revision],
      );
      return;
    }
    case 'LoanProductVersionAdded': {
      const { version, effectiveFrom, terms } = event.data;
      await m.query(`UPDATE loan_product SET versions = versions || $2::jsonb, stream_revision = $3 WHERE id = $1`, [
        id,
        JSON.stringify([{ version, effectiveFrom, terms }]),
        recorded.revision,
      ]);
      return;
    }
    default:
      assertNever(event, 'loan product event');
  }
}
