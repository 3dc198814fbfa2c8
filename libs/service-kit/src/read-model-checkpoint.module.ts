import { Global, Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import { comparePositions, EVENT_STORE, type EventStore } from '@jejak/event-store';
import {
  awaitCheckpoint,
  currentRequestSignal,
  minPositionWaitFromEnv,
  READ_MODEL_CHECKPOINT,
  readModelBehind,
  type ReadModelCheckpoint,
} from '@jejak/nest-platform';
import { readSchemaCheckpoint } from '@jejak/projections';
import { DataSource } from 'typeorm';

/** The checkpoint of the projection writing `readSchema`, read through the service's TypeORM data source. */
export function readModelCheckpoint(dataSource: Pick<DataSource, 'query'>, readSchema: string): ReadModelCheckpoint {
  return { position: () => readSchemaCheckpoint(dataSource, readSchema) };
}

export interface ProjectedRevision {
  /** The stream's revision (its last event), which the read model has projected. */
  revision: number;
  /** True when the read model was behind that revision at first and the read had to wait for it. */
  waited: boolean;
}

/**
 * Strong ETags on reads served from a read model: the stream's current revision, once the read model
 * has projected it (so the body shown is at least that revision). Waits as `@ReadsAtLeastPosition()`
 * does (`MIN_POSITION_WAIT_MS`, 2 s by default), then a 425 `READ_MODEL_BEHIND` with Retry-After.
 */
@Injectable()
export class ProjectedRevisions {
  private readonly waitMs = minPositionWaitFromEnv();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_CHECKPOINT) private readonly checkpoint: ReadModelCheckpoint,
  ) {}

  /**
   * The stream's projected revision; undefined when the stream does not exist or `canRead` refuses its
   * tenant (nothing is waited for, so another dinas's stream cannot be told from a missing one).
   */
  async of(stream: string, canRead: (tenant: string) => boolean): Promise<ProjectedRevision | undefined> {
    const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    if (!last || !canRead(last.tenant)) return undefined;
    const at = await this.checkpoint.position();
    if (at && comparePositions(at, last.position) >= 0) return { revision: last.revision, waited: false };
    if (await awaitCheckpoint(this.checkpoint, last.position, { waitMs: this.waitMs, signal: currentRequestSignal() })) {
      return { revision: last.revision, waited: true };
    }
    throw readModelBehind(last.position, await this.checkpoint.position());
  }
}

/**
 * Provides `READ_MODEL_CHECKPOINT` (global) for `@ReadsAtLeastPosition()` reads, the checkpoint of the
 * service's read-model schema, and `ProjectedRevisions`. Part of `serviceInfrastructure`.
 */
@Global()
@Module({})
export class ReadModelCheckpointModule {
  static forRoot(readSchema: string): DynamicModule {
    return {
      module: ReadModelCheckpointModule,
      providers: [
        { provide: READ_MODEL_CHECKPOINT, inject: [DataSource], useFactory: (dataSource: DataSource) => readModelCheckpoint(dataSource, readSchema) },
        ProjectedRevisions,
      ],
      exports: [READ_MODEL_CHECKPOINT, ProjectedRevisions],
    };
  }
}
