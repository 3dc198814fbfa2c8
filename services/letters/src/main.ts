import 'reflect-metadata';
import { runService } from '@jejak/service-kit';
import { lettersConfigFromEnv } from './config/letters-config.loader';
import { LettersModule } from './letters.module';
import { LETTERS_SERVICE } from './letters.service';

runService(LETTERS_SERVICE, (options) => LettersModule.forRoot({ ...options, lettersConfig: lettersConfigFromEnv() }));
