import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import type { ProjectionDefinition } from '@jejak/projections';
import { readWith, schemaFor } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { PERMIT_APPLICATION_EVENT_TYPES, permitApplicationEventTypes, permitApplicationIdOfStream } from '../../domain';
import { CreatePermittingReadModel1770000000000 } from './migrations/1770000000000-create-permitting-read-model';

export const PERMITTING_READ_SCHEMA = schemaFor('permitting', 'rm');

/** Stored events as the current schema version (upcast when older). */
const read = readWith(permitApplicationEventTypes);

async function apply(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = permitApplicationIdOfStream(recorded.stream);
  switch (event.type) {
    case 'PermitApplicationCreated':
      await m.query(
        `INSERT INTO permit_application_list (id, tenant, title, stage, created_at, stream_revision) VALUES ($1, $2, $3, 'open', $4, $5)`,
        [id, event.data.tenant, event.data.title, event.data.at, recorded.revision],
      );
      return;
    case 'PermitApplicationClosed':
      await m.query(
        `UPDATE permit_application_list SET stage = 'closed', closed_at = $2, close_reason = $3, stream_revision = $4 WHERE id = $1`,
        [id, event.data.at, event.data.reason, recorded.revision],
      );
      return;
    default:
      assertNever(event, 'permit-application event');
  }
}

/** The permit-application list read model: checkpoint and rows in one transaction, rebuildable from position 0. */
export const permitApplicationProjection: ProjectionDefinition = {
  name: 'permitting',
  readSchema: PERMITTING_READ_SCHEMA,
  migrations: [CreatePermittingReadModel1770000000000],
  eventTypes: [...PERMIT_APPLICATION_EVENT_TYPES],
  async handle(events, manager) {
    for (const event of events) await apply(manager, event);
  },
};
