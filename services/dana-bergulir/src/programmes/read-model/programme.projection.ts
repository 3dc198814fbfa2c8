import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { readWith } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { programmeEventTypes, programmeIdOfStream } from '../../domain';

/** Stored events as the current schema version (upcast when older). */
const read = readWith(programmeEventTypes);

/** Projects one programme event into `programme`. */
export async function applyProgrammeEvent(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const id = programmeIdOfStream(recorded.stream);
  switch (event.type) {
    case 'ProgrammeDefined': {
      const { tenant, code, name, version, effectiveFrom, terms, at } = event.data;
      await m.query(
        `INSERT INTO programme (id, tenant, code, name, defined_at, versions, stream_revision) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
        [id, tenant, code, name, at, JSON.stringify([{ version, effectiveFrom, terms }]), recorded.revision],
      );
      return;
    }
    case 'ProgrammeVersionAdded': {
      const { version, effectiveFrom, terms } = event.data;
      await m.query(`UPDATE programme SET versions = versions || $2::jsonb, stream_revision = $3 WHERE id = $1`, [
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
