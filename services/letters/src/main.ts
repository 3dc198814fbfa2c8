import 'reflect-metadata';
import { authConfigFromEnv, bootstrapService } from '@jejak/nest-platform';
import { loadServiceConfig } from '@jejak/service-kit';
import { lettersConfigFromEnv } from './config/letters-config.loader';
import { LettersModule, SERVICE_NAME } from './letters.module';

async function main(): Promise<void> {
  const config = loadServiceConfig(SERVICE_NAME, 3103);
  await bootstrapService({
    module: LettersModule.forRoot({ config, auth: authConfigFromEnv(), lettersConfig: lettersConfigFromEnv() }),
    serviceName: SERVICE_NAME,
    port: config.port,
    host: config.host,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
