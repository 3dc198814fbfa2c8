import type { RecordedEvent } from '@jejak/event-store';
import { LOAN_EVENT_TYPES, LOAN_PRODUCT_EVENT_TYPES, PROGRAMME_EVENT_TYPES, type LoanEvent, type LoanProductEvent, type ProgrammeEvent } from '../domain';
import { LATER, loanEvents } from '../domain/testing/loan.fixtures';
import { productEvents } from '../domain/testing/loan-product.fixtures';
import { programmeEvents } from '../domain/testing/programme.fixtures';
import { danaBergulirOutboxMapping } from './dana-bergulir.outbox-mapping';

const recorded = (event: LoanProductEvent | ProgrammeEvent | LoanEvent, overrides: Partial<RecordedEvent> = {}): RecordedEvent => ({
  id: '00000000-0000-4000-8000-0000000000e1',
  stream: 'product-00000000-0000-4000-8000-0000000000a1',
  revision: 0,
  position: { commit: 1n, prepare: 1n },
  type: event.type,
  schemaVersion: 1,
  tenant: '35.01',
  actor: { userId: 'u', role: 'kasi' },
  correlationId: 'c',
  causationId: null,
  recordedAt: new Date(Date.UTC(2025, 2, 4)),
  data: event.data,
  ...overrides,
});

describe('dana-bergulir outbox mapping', () => {
  it('publishes no programme, product or loan fact (no consumer exists), for every event type', () => {
    const products = [productEvents.defined(), productEvents.versionAdded(2, '2026-01-01')];
    const programmes = [programmeEvents.defined(), programmeEvents.versionAdded(2, '2025-07-01', 1)];
    const loans = [loanEvents.proposed(), loanEvents.returned(), loanEvents.resubmitted(), loanEvents.accepted(), loanEvents.verified(), loanEvents.approved(), { type: 'LoanDisbursed' as const, data: { disbursedOn: '2025-04-02', bankReference: 'x', amount: 1, scheduleVersion: 1 as const, schedule: [], at: LATER } }, { type: 'RepaymentRecorded' as const, data: { paidOn: '2025-05-02', amount: 1, bankReference: 'y', allocation: [], at: LATER } }, { type: 'LoanSettled' as const, data: { settledOn: '2025-05-02', at: LATER } }];
    expect([...products, ...programmes, ...loans].map((e) => e.type).sort()).toEqual([...LOAN_PRODUCT_EVENT_TYPES, ...PROGRAMME_EVENT_TYPES, ...LOAN_EVENT_TYPES].sort());
    for (const event of loans) expect(danaBergulirOutboxMapping(recorded(event, { stream: 'loan-00000000-0000-4000-8000-0000000000c1' }))).toBeNull();
    for (const event of products) expect(danaBergulirOutboxMapping(recorded(event))).toBeNull();
    for (const event of programmes) expect(danaBergulirOutboxMapping(recorded(event, { stream: 'programme-00000000-0000-4000-8000-0000000000b1' }))).toBeNull();
  });

  it('reads through the registry: an unknown version fails instead of being guessed', () => {
    expect(() => danaBergulirOutboxMapping(recorded(productEvents.defined(), { schemaVersion: 9 }))).toThrow();
    expect(() => danaBergulirOutboxMapping(recorded(productEvents.defined(), { stream: 'programme-00000000-0000-4000-8000-0000000000b1' }))).toThrow();
  });
});
