import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import type { ProjectionDefinition } from '@jejak/projections';
import { readWith, schemaFor } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { KEGIATAN_EVENT_TYPES, kegiatanEventTypes, kegiatanIdOfStream } from '../../domain';
import { CreateTrainingReadModel1770000000000 } from './migrations/1770000000000-create-training-read-model';

export const TRAINING_READ_SCHEMA = schemaFor('training', 'rm');

/** Stored events as the current schema version (upcast when older). */
const read = readWith(kegiatanEventTypes);

async function apply(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = kegiatanIdOfStream(recorded.stream);
  switch (event.type) {
    case 'KegiatanCreated':
      await m.query(
        `INSERT INTO kegiatan_list (id, tenant, title, stage, created_at, stream_revision) VALUES ($1, $2, $3, 'open', $4, $5)`,
        [id, event.data.tenant, event.data.title, event.data.at, recorded.revision],
      );
      return;
    case 'KegiatanClosed':
      await m.query(
        `UPDATE kegiatan_list SET stage = 'closed', closed_at = $2, close_reason = $3, stream_revision = $4 WHERE id = $1`,
        [id, event.data.at, event.data.reason, recorded.revision],
      );
      return;
    default:
      assertNever(event, 'kegiatan event');
  }
}

/** The kegiatan list read model: checkpoint and rows in one transaction, rebuildable from position 0. */
export const kegiatanProjection: ProjectionDefinition = {
  name: 'training',
  readSchema: TRAINING_READ_SCHEMA,
  migrations: [CreateTrainingReadModel1770000000000],
  eventTypes: [...KEGIATAN_EVENT_TYPES],
  async handle(events, manager) {
    for (const event of events) await apply(manager, event);
  },
};
