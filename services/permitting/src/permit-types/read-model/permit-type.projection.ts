import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import { readWith } from '@jejak/service-kit';
import type { EntityManager } from 'typeorm';
import { permitTypeEventTypes, permitTypeKeyOfStream } from '../../domain';

const read = readWith(permitTypeEventTypes);

const INSERT = `INSERT INTO permit_type_version (tenant, code, version, effective_from, name, content, recorded_at, stream_revision)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tenant, code, version) DO NOTHING`;

/** The permit types of each dinas, one row per version (table permit_type_version). */
export async function applyPermitTypeEvent(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = read(recorded);
  const { tenant, code } = permitTypeKeyOfStream(recorded.stream);
  switch (event.type) {
    case 'PermitTypeDefined':
    case 'PermitTypeRevised':
      await m.query(INSERT, [tenant, code, event.data.version, event.data.effectiveFrom, event.data.content.name, JSON.stringify(event.data.content), event.data.at, recorded.revision]);
      return;
    default:
      assertNever(event, 'permit-type event');
  }
}
