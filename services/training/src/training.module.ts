import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { kegiatanSlice } from './kegiatan/kegiatan.slice';
import { KegiatanEntity } from './kegiatan/read-model/kegiatan.entity';
import { TRAINING_READ_SCHEMA } from './kegiatan/read-model/kegiatan.projection';
import { TRAINING_SERVICE } from './training.service';
import { TrainingWorkers } from './workers/training.workers';

export interface TrainingModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

/** Wiring only: the service infrastructure, then each feature's slice. */
@Module({})
export class TrainingModule {
  static forRoot(options: TrainingModuleOptions): DynamicModule {
    return {
      module: TrainingModule,
      imports: serviceInfrastructure({
        serviceName: TRAINING_SERVICE.name,
        config: options.config,
        auth: options.auth,
        readSchema: TRAINING_READ_SCHEMA,
        entities: [KegiatanEntity],
      }),
      controllers: [...kegiatanSlice.controllers],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        ...kegiatanSlice.providers,
        TrainingWorkers,
      ],
    };
  }
}
