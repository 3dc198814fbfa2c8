import type { EventMetadata, EventStore } from '@jejak/event-store';
import { idempotentEventId } from '@jejak/service-kit';
import { caseEventTypes } from '../../../domain';
import { caseStream } from '../../case.streams';
import type { HistoryCasePlan } from './case-history.planner';

/**
 * Appends every imported case in ONE unit of work: each case stream must not exist yet, and either all of them are
 * created or none is (a case created meanwhile fails the whole import with WrongExpectedRevisionError).
 *
 * On an event store that cannot append to several streams atomically (KurrentDB before 25.1) this FAILS CLEARLY with
 * UnitOfWorkNotSupportedError for a file of more than one case, instead of importing part of the file: a refused
 * import must leave nothing behind.
 */
export async function appendImportedCases(
  store: EventStore,
  cases: Pick<HistoryCasePlan, 'caseId' | 'events'>[],
  metadata: EventMetadata,
  /** With an Idempotency-Key: each event's id derives from its stream and the request's fingerprint, so a retry can recognise its own import. */
  fingerprint?: string,
): Promise<void> {
  await store.unitOfWork(async (uow) => {
    for (const c of cases) {
      const stream = caseStream(c.caseId);
      const events = c.events.map((e, i) => ({
        ...(fingerprint ? { id: idempotentEventId(stream, fingerprint, i) } : {}),
        type: e.type,
        data: e.data,
        schemaVersion: caseEventTypes.versionOf(e.type),
        metadata,
      }));
      await uow.append(stream, events, { expectedRevision: 'no_stream' });
    }
  });
}
