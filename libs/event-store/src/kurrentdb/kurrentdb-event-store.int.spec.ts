import { eventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;
if (!url) {
  console.warn('SKIPPED: KurrentDbEventStore contract tests need a KurrentDB server; set KURRENTDB_URL (e.g. kurrentdb://localhost:2113?tls=false) to run them.');
}

(url ? describe : describe.skip)('KurrentDbEventStore (real KurrentDB at KURRENTDB_URL)', () => {
  // A KurrentDB server is shared and never wiped: the contract names its streams per run.
  eventStoreContract('KurrentDbEventStore', () => KurrentDbEventStore.connect(url!), { clockToleranceMs: 30_000 });
});
