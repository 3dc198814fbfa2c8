import 'reflect-metadata';
import { authConfigFromEnv, bootstrapService } from '@jejak/nest-platform';
import { loadServiceConfig } from '@jejak/service-kit';
import { ComplianceModule, SERVICE_NAME } from './compliance.module';

async function main(): Promise<void> {
  const config = loadServiceConfig(SERVICE_NAME, 3102);
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
