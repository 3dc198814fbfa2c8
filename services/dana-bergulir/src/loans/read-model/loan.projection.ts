import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import type { ProjectionDefinition } from '@jejak/projections';
import { readWith, schemaFor } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { LOAN_EVENT_TYPES, loanEventTypes, loanIdOfStream } from '../../domain';
import { CreateDanaBergulirReadModel1770000000000 } from './migrations/1770000000000-create-dana-bergulir-read-model';

export const DANA_BERGULIR_READ_SCHEMA = schemaFor('dana-bergulir', 'rm');

/** Stored events as the current schema version (upcast when older). */
const read = readWith(loanEventTypes);

async function apply(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = loanIdOfStream(recorded.stream);
  switch (event.type) {
    case 'LoanCreated':
      await m.query(
        `INSERT INTO loan_list (id, tenant, title, stage, created_at, stream_revision) VALUES ($1, $2, $3, 'open', $4, $5)`,
        [id, event.data.tenant, event.data.title, event.data.at, recorded.revision],
      );
      return;
    case 'LoanClosed':
      await m.query(
        `UPDATE loan_list SET stage = 'closed', closed_at = $2, close_reason = $3, stream_revision = $4 WHERE id = $1`,
        [id, event.data.at, event.data.reason, recorded.revision],
      );
      return;
    default:
      assertNever(event, 'loan event');
  }
}

/** The loan list read model: checkpoint and rows in one transaction, rebuildable from position 0. */
export const loanProjection: ProjectionDefinition = {
  name: 'dana-bergulir',
  readSchema: DANA_BERGULIR_READ_SCHEMA,
  migrations: [CreateDanaBergulirReadModel1770000000000],
  eventTypes: [...LOAN_EVENT_TYPES],
  async handle(events, manager) {
    for (const event of events) await apply(manager, event);
  },
};
