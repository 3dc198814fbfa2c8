import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { SOP_CATALOGUE_SERVICE } from './sop-catalogue.service';
import { SOP_READ_SCHEMA } from './sops/read-model/sop-catalogue.projection';
import { SOPS_ENTITIES, sopsSlice } from './sops/sops.slice';
import { SopCatalogueWorkers } from './workers/sop-catalogue.workers';

export interface SopCatalogueModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

/** Wiring only: the service infrastructure, the clock and ids, the SOP slice and the background workers. */
@Module({})
export class SopCatalogueModule {
  static forRoot(options: SopCatalogueModuleOptions): DynamicModule {
    return {
      module: SopCatalogueModule,
      imports: serviceInfrastructure({
        serviceName: SOP_CATALOGUE_SERVICE.name,
        config: options.config,
        auth: options.auth,
        readSchema: SOP_READ_SCHEMA,
        entities: SOPS_ENTITIES,
      }),
      controllers: [...sopsSlice.controllers],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        ...sopsSlice.providers,
        SopCatalogueWorkers,
      ],
    };
  }
}
