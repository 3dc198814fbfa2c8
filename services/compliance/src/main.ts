import 'reflect-metadata';
import { authConfigFromEnv, bootstrapService } from '@jejak/nest-platform';
import { loadServiceConfig } from '@jejak/service-kit';
import { ComplianceModule } from './compliance.module';
import { DEFAULT_PORT, SERVICE_NAME } from './compliance.service-name';

async function main(): Promise<void> {
  const config = loadServiceConfig(SERVICE_NAME, DEFAULT_PORT);
  await bootstrapService({
    module: ComplianceModule.forRoot({ config, auth: authConfigFromEnv() }),
    serviceName: SERVICE_NAME,
    port: config.port,
    host: config.host,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
