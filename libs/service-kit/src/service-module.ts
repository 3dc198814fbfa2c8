import type { DynamicModule, ForwardReference, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authConfigFromEnv, bootstrapService, PlatformModule, type AuthConfig } from '@jejak/nest-platform';
import type { Pool } from 'pg';
import { loadServiceConfig, type ServiceConfig } from './config';
import { EventSourcingModule } from './event-sourcing.module';
import { ReadModelCheckpointModule } from './read-model-checkpoint.module';
import type { ServiceIdentity } from './service-identity';
import { PG_POOL } from './tokens';

type ImportedModule = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

export interface ServiceInfrastructureOptions {
  serviceName: string;
  config: ServiceConfig;
  auth: AuthConfig;
  /** The service's read-model schema: TypeORM entities resolve their unqualified tables in it. */
  readSchema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
}

/**
 * The imports every Jejak service module starts with: its infrastructure (pool, event store,
 * transport, runtime), the platform (identity, errors, logs, health, metrics, OpenAPI), the CQRS
 * buses, TypeORM over its read-model schema, and that schema's projection checkpoint
 * (`READ_MODEL_CHECKPOINT`, for reads that honour `X-Jejak-Min-Position`).
 */
export function serviceInfrastructure(options: ServiceInfrastructureOptions): ImportedModule[] {
  return [
    EventSourcingModule.forRoot(options.config),
    PlatformModule.forRootAsync({
      inject: [PG_POOL],
      useFactory: (pool: Pool) => ({ serviceName: options.serviceName, auth: options.auth, pool }),
    }),
    CqrsModule.forRoot(),
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: options.config.databaseUrl,
      entities: options.entities,
      synchronize: false,
      migrationsRun: false,
      extra: { max: 10, options: `-c search_path=${options.readSchema},public` },
    }),
    TypeOrmModule.forFeature(options.entities),
    ReadModelCheckpointModule.forRoot(options.readSchema),
  ];
}

/**
 * A service's `main`: configuration from the environment (the identity's port is the default),
 * then the platform bootstrap. Exits non-zero on failure.
 *
 *     runService(LETTERS_SERVICE, (options) => LettersModule.forRoot(options));
 */
export function runService(
  service: Pick<ServiceIdentity, 'name' | 'port'>,
  module: (options: { config: ServiceConfig; auth: AuthConfig }) => DynamicModule,
): void {
  const serviceName = service.name;
  const start = async (): Promise<void> => {
    const config = loadServiceConfig(serviceName, service.port);
    await bootstrapService({ module: module({ config, auth: authConfigFromEnv() }), serviceName, port: config.port, host: config.host });
  };
  start().catch((error: unknown) => {
    process.stderr.write(`${serviceName} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
