import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { PlatformModule, type AuthConfig } from '@jejak/nest-platform';
import { EventSourcingModule, PG_POOL, type ServiceConfig } from '@jejak/service-kit';
import type { Pool } from 'pg';
import { COMPLIANCE_READ_SCHEMA } from './compliance.projection';
import { ComplianceWorkers } from './compliance.workers';
import { ComplianceInboxConsumer } from './inbox/compliance-inbox.consumer';
import { IntegrationEventRecorder } from './inbox/integration-event-recorder';
import { ListSopRegistryHandler } from './sop-registry/queries/list-sop-registry/list-sop-registry.handler';
import { ListSopRegistryHttpController } from './sop-registry/queries/list-sop-registry/list-sop-registry.http.controller';
import { SopRegistryEntity } from './sop-registry/read-model/sop-registry.entity';

export const SERVICE_NAME = 'compliance';

export interface ComplianceModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  clock?: Clock;
  ids?: IdGenerator;
}

@Module({})
export class ComplianceModule {
  static forRoot(options: ComplianceModuleOptions): DynamicModule {
    return {
      module: ComplianceModule,
      imports: [
        EventSourcingModule.forRoot(options.config),
        PlatformModule.forRootAsync({
          inject: [PG_POOL],
          useFactory: (pool: Pool) => ({ serviceName: SERVICE_NAME, auth: options.auth, pool }),
        }),
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.config.databaseUrl,
          entities: [SopRegistryEntity],
          synchronize: false,
          migrationsRun: false,
          extra: { max: 10, options: `-c search_path=${COMPLIANCE_READ_SCHEMA},public` },
        }),
        TypeOrmModule.forFeature([SopRegistryEntity]),
      ],
      controllers: [ListSopRegistryHttpController],
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        IntegrationEventRecorder,
        ComplianceInboxConsumer,
        ComplianceWorkers,
        ListSopRegistryHandler,
      ],
    };
  }
}
