import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { lettersConfigFromEnv } from './config/letters-config.loader';
import { LettersModule, SERVICE_NAME } from './letters.module';

runService(SERVICE_NAME, 3103, (options) => LettersModule.forRoot({ ...options, lettersConfig: lettersConfigFromEnv() }));
