import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { readWith } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { loanEventTypes, loanIdOfStream } from '../../domain';

/** Stored events as the current schema version (upcast when older). */
const read = readWith(loanEventTypes);

/** Projects one loan event into `loan`. */
export async function applyLoanEvent(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = loanIdOfStream(recorded.stream);
  switch (event.type) {
    case 'LoanProposed': {
      const d = event.data;
      await m.query(
        `INSERT INTO loan (id, tenant, stage, product_id, product_version, applicant_kind, applicant_number, applicant_name, personal, amount, purpose, collateral, received_on, returns, missing, stream_revision)
         VALUES ($1, $2, 'submitted', $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, 0, '[]'::jsonb, $13)`,
        [id, d.tenant, d.product.productId, d.product.version, d.applicant.kind, d.applicant.number, d.applicant.name, JSON.stringify(d.personal), d.amount, d.purpose, d.collateral, d.receivedOn, recorded.revision],
      );
      return;
    }
    case 'ProposalReturnedIncomplete':
      await m.query(`UPDATE loan SET stage = 'incomplete', returns = returns + 1, missing = $2::jsonb, stream_revision = $3 WHERE id = $1`, [id, JSON.stringify(event.data.missing), recorded.revision]);
      return;
    case 'ProposalResubmitted': {
      const d = event.data;
      await m.query(`UPDATE loan SET stage = 'submitted', missing = '[]'::jsonb, received_on = $2, amount = $3, purpose = $4, collateral = $5, stream_revision = $6 WHERE id = $1`, [
        id, d.receivedOn, d.amount, d.purpose, d.collateral, recorded.revision,
      ]);
      return;
    }
    case 'ProposalAcceptedComplete':
      await m.query(`UPDATE loan SET stage = 'awaiting_verification', stream_revision = $2 WHERE id = $1`, [id, recorded.revision]);
      return;
    case 'VerificationRecorded': {
      const { recommendation, recommendedAmount } = event.data;
      await m.query(`UPDATE loan SET stage = $2, recommendation = $3, recommended_amount = $4, stream_revision = $5 WHERE id = $1`, [
        id, recommendation === 'reject' ? 'rejected' : 'verified', recommendation, recommendedAmount, recorded.revision,
      ]);
      return;
    }
    case 'LoanApproved':
      await m.query(`UPDATE loan SET stage = 'approved', sk_number = $2, sk_date = $3, approved_amount = $4, stream_revision = $5 WHERE id = $1`, [
        id, event.data.skNumber, event.data.skDate, event.data.approvedAmount, recorded.revision,
      ]);
      return;
    case 'LoanDisbursed':
      await m.query(`UPDATE loan SET stage = 'active', disbursed_on = $2, bank_reference = $3, schedule = $4::jsonb, stream_revision = $5 WHERE id = $1`, [
        id, event.data.disbursedOn, event.data.bankReference, JSON.stringify(event.data.schedule), recorded.revision,
      ]);
      return;
    case 'RepaymentRecorded': {
      const principal = event.data.allocation.reduce((sum, line) => sum + line.principal, 0);
      const interest = event.data.allocation.reduce((sum, line) => sum + line.interest, 0);
      await m.query(`UPDATE loan SET principal_paid = principal_paid + $2, interest_paid = interest_paid + $3, repayments = repayments + 1, stream_revision = $4 WHERE id = $1`, [
        id, principal, interest, recorded.revision,
      ]);
      return;
    }
    case 'LoanSettled':
      await m.query(`UPDATE loan SET stage = 'settled', settled_on = $2, stream_revision = $3 WHERE id = $1`, [id, event.data.settledOn, recorded.revision]);
      return;
    default:
      assertNever(event, 'loan event');
  }
}
