import 'reflect-metadata';
import { authConfigFromEnv, bootstrapService } from '@jejak/nest-platform';
import { loadServiceConfig } from '@jejak/service-kit';
import { SERVICE_NAME, SopCatalogueModule } from './sop-catalogue.module';

async function main(): Promise<void> {
  const config = loadServiceConfig(SERVICE_NAME, 3101);
  await bootstrapService({
    module: SopCatalogueModule.forRoot({ config, auth: authConfigFromEnv() }),
    serviceName: SERVICE_NAME,
    port: config.port,
    host: config.host,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
