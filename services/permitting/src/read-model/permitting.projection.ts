import type { ProjectionDefinition } from '@jejak/projections';
import { schemaFor } from '@jejak/service-kit';
import { PERMIT_APPLICATION_EVENT_TYPES, PERMIT_APPLICATION_STREAM_PREFIX, PERMIT_TYPE_EVENT_TYPES } from '../domain';
import { applyApplicationEvent } from '../permit-applications/read-model/permit-application.projection';
import { CreatePermittingReadModel1770000000000 } from '../permit-types/read-model/migrations/1770000000000-create-permitting-read-model';
import { applyPermitTypeEvent } from '../permit-types/read-model/permit-type.projection';

export const PERMITTING_READ_SCHEMA = schemaFor('permitting', 'rm');

/** The service's read model (permit types and applications): checkpoint and rows in one transaction, rebuildable from position 0. */
export const permittingProjection: ProjectionDefinition = {
  name: 'permitting',
  readSchema: PERMITTING_READ_SCHEMA,
  migrations: [CreatePermittingReadModel1770000000000],
  eventTypes: [...PERMIT_TYPE_EVENT_TYPES, ...PERMIT_APPLICATION_EVENT_TYPES],
  async handle(events, manager) {
    for (const event of events) {
      if (event.stream.startsWith(PERMIT_APPLICATION_STREAM_PREFIX)) await applyApplicationEvent(manager, event);
      else await applyPermitTypeEvent(manager, event);
    }
  },
};
