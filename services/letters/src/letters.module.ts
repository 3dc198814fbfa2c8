import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { LettersConfigRegistry } from './config/letters-config.registry';
import { DEFAULT_LETTERS_SERVICE_CONFIG, LETTERS_SERVICE_CONFIG, type LettersServiceConfig } from './config/letters-service.config';
import { LETTERS_CONTROLLERS } from './letters.controllers';
import { LETTERS_HANDLERS } from './letters.handlers';
import { LettersWorkers } from './letters.workers';
import { LetterEntity } from './read-model/letter.entity';
import { LETTERS_READ_SCHEMA } from './read-model/letters.projection';
import { LetterCommandExecutor } from './shared/letter-command.executor';
import { LetterStreamReader } from './shared/letter-stream.reader';
import { NumberIssuer } from './shared/number.issuer';

export const SERVICE_NAME = 'letters';

export interface LettersModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
  /** Each dinas's letters rules and letter flows; default: the domain defaults and the Jawa Timur research flow. */
  lettersConfig?: LettersServiceConfig;
}

@Module({})
export class LettersModule {
  static forRoot(options: LettersModuleOptions): DynamicModule {
    return {
      module: LettersModule,
      imports: serviceInfrastructure({
        serviceName: SERVICE_NAME,
        config: options.config,
        auth: options.auth,
        readSchema: LETTERS_READ_SCHEMA,
        entities: [LetterEntity],
      }),
      controllers: LETTERS_CONTROLLERS,
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        { provide: LETTERS_SERVICE_CONFIG, useValue: options.lettersConfig ?? DEFAULT_LETTERS_SERVICE_CONFIG },
        LettersConfigRegistry,
        LetterStreamReader,
        LetterCommandExecutor,
        NumberIssuer,
        LettersWorkers,
        ...LETTERS_HANDLERS,
      ],
    };
  }
}
