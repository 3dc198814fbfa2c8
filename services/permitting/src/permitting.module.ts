import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { permitApplicationsSlice } from './permit-applications/permit-applications.slice';
import { PermitApplicationEntity } from './permit-applications/read-model/permit-application.entity';
import { permitTypesSlice } from './permit-types/permit-types.slice';
import { PermitTypeVersionEntity } from './permit-types/read-model/permit-type-version.entity';
import { PERMITTING_READ_SCHEMA } from './read-model/permitting.projection';
import { PERMITTING_SERVICE } from './permitting.service';
import { PermittingWorkers } from './workers/permitting.workers';

export interface PermittingModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

/** Wiring only: the service infrastructure, then each feature's slice. */
@Module({})
export class PermittingModule {
  static forRoot(options: PermittingModuleOptions): DynamicModule {
    return {
      module: PermittingModule,
      imports: serviceInfrastructure({
        serviceName: PERMITTING_SERVICE.name,
        config: options.config,
        auth: options.auth,
        readSchema: PERMITTING_READ_SCHEMA,
        entities: [PermitTypeVersionEntity, PermitApplicationEntity],
      }),
      controllers: [...permitTypesSlice.controllers, ...permitApplicationsSlice.controllers],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        ...permitTypesSlice.providers,
        ...permitApplicationsSlice.providers,
        PermittingWorkers,
      ],
    };
  }
}
