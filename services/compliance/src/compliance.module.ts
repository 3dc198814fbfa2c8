import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { CALENDAR_CONTROLLERS, CALENDAR_PROVIDERS } from './calendars/calendars.slices';
import { CASE_FACTS_PROVIDERS } from './case-facts/case-facts.slices';
import { CASE_CONTROLLERS, CASE_PROVIDERS } from './cases/cases.slices';
import { COMPLIANCE_READ_SCHEMA } from './compliance.projection';
import { SERVICE_NAME } from './compliance.service-name';
import { ComplianceWorkers } from './compliance.workers';
import { EVALUATION_CONTROLLERS, EVALUATION_PROVIDERS } from './evaluations/evaluations.slices';
import { ComplianceInboxConsumer } from './inbox/compliance-inbox.consumer';
import { IntegrationEventRecorder } from './inbox/integration-event-recorder';
import { MEASUREMENT_CONTROLLERS, MEASUREMENT_PROVIDERS } from './measurement/measurement.slices';
import { REPORT_CONTROLLERS, REPORT_PROVIDERS } from './reports/reports.slices';
import { SOP_REGISTRY_CONTROLLERS, SOP_REGISTRY_PROVIDERS } from './sop-registry/sop-registry.slices';
import { SopRegistryEntity } from './sop-registry/read-model/sop-registry.entity';

export { SERVICE_NAME } from './compliance.service-name';

export interface ComplianceModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

@Module({})
export class ComplianceModule {
  static forRoot(options: ComplianceModuleOptions): DynamicModule {
    return {
      module: ComplianceModule,
      imports: serviceInfrastructure({
        serviceName: SERVICE_NAME,
        config: options.config,
        auth: options.auth,
        readSchema: COMPLIANCE_READ_SCHEMA,
        entities: [SopRegistryEntity],
      }),
      controllers: [
        ...SOP_REGISTRY_CONTROLLERS,
        ...CALENDAR_CONTROLLERS,
        ...CASE_CONTROLLERS,
        ...MEASUREMENT_CONTROLLERS,
        ...REPORT_CONTROLLERS,
        ...EVALUATION_CONTROLLERS,
      ],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        IntegrationEventRecorder,
        ComplianceInboxConsumer,
        ComplianceWorkers,
        ...SOP_REGISTRY_PROVIDERS,
        ...CALENDAR_PROVIDERS,
        ...CASE_FACTS_PROVIDERS,
        ...CASE_PROVIDERS,
        ...MEASUREMENT_PROVIDERS,
        ...REPORT_PROVIDERS,
        ...EVALUATION_PROVIDERS,
      ],
    };
  }
}
