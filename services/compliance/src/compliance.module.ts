import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { calendarsSlice } from './calendars/calendars.slice';
import { caseFactsSlice } from './case-facts/case-facts.slice';
import { casesSlice } from './cases/cases.slice';
import { COMPLIANCE_SERVICE } from './compliance.service';
import { evaluationsSlice } from './evaluations/evaluations.slice';
import { ComplianceInboxConsumer } from './inbox/compliance.inbox.consumer';
import { CrossServiceLagMetric } from './inbox/cross-service-lag.metric';
import { IntegrationEventRecorder } from './inbox/integration-event-recorder';
import { measurementSlice } from './measurement/measurement.slice';
import { peopleSlice } from './people/people.slice';
import { reportsSlice } from './reports/reports.slice';
import { roleMappingsSlice } from './role-mappings/role-mappings.slice';
import { SopRegistryEntity } from './sop-registry/read-model/sop-registry.entity';
import { sopRegistrySlice } from './sop-registry/sop-registry.slice';
import { ComplianceProblemMessages } from './shared/compliance-problem-messages.interceptor';
import { COMPLIANCE_READ_SCHEMA } from './workers/compliance.projection';
import { ComplianceWorkers } from './workers/compliance.workers';

export interface ComplianceModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
}

/** The slices in route order: each one's controllers are mounted in this order. */
const SLICES = [sopRegistrySlice, calendarsSlice, roleMappingsSlice, casesSlice, peopleSlice, measurementSlice, reportsSlice, evaluationsSlice, caseFactsSlice];

@Module({})
export class ComplianceModule {
  static forRoot(options: ComplianceModuleOptions): DynamicModule {
    return {
      module: ComplianceModule,
      imports: serviceInfrastructure({
        serviceName: COMPLIANCE_SERVICE.name,
        config: options.config,
        auth: options.auth,
        readSchema: COMPLIANCE_READ_SCHEMA,
        entities: [SopRegistryEntity],
      }),
      controllers: SLICES.flatMap((slice) => slice.controllers),
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        // Refusals worded for people (Bahasa, names, what to do) at the edge: src/shared/problem-messages.ts.
        { provide: APP_INTERCEPTOR, useClass: ComplianceProblemMessages },
        IntegrationEventRecorder,
        CrossServiceLagMetric,
        ComplianceInboxConsumer,
        ComplianceWorkers,
        ...SLICES.flatMap((slice) => slice.providers),
      ],
    };
  }
}
