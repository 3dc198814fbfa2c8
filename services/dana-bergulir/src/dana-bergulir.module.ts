import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { loansSlice } from './loans/loans.slice';
import { LoanEntity } from './loans/read-model/loan.entity';
import { productsSlice } from './products/products.slice';
import { LoanProductEntity } from './products/read-model/loan-product.entity';
import { programmesSlice } from './programmes/programmes.slice';
import { ProgrammeEntity } from './programmes/read-model/programme.entity';
import { DANA_BERGULIR_READ_SCHEMA } from './workers/dana-bergulir.projection';
import { DANA_BERGULIR_SERVICE } from './dana-bergulir.service';
import { DanaBergulirWorkers } from './workers/dana-bergulir.workers';

export interface DanaBergulirModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

/** Wiring only: the service infrastructure, then each feature's slice. */
@Module({})
export class DanaBergulirModule {
  static forRoot(options: DanaBergulirModuleOptions): DynamicModule {
    return {
      module: DanaBergulirModule,
      imports: serviceInfrastructure({
        serviceName: DANA_BERGULIR_SERVICE.name,
        config: options.config,
        auth: options.auth,
        readSchema: DANA_BERGULIR_READ_SCHEMA,
        entities: [ProgrammeEntity, LoanProductEntity, LoanEntity],
      }),
      controllers: [...programmesSlice.controllers, ...productsSlice.controllers, ...loansSlice.controllers],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        ...programmesSlice.providers,
        ...productsSlice.providers,
        ...loansSlice.providers,
        DanaBergulirWorkers,
      ],
    };
  }
}
