import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, ID_GENERATOR, randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { AuthConfig } from '@jejak/nest-platform';
import { serviceInfrastructure, type ServiceConfig } from '@jejak/service-kit';
import { archiveSlice } from './archive/archive.slice';
import { LettersConfigRegistry } from './config/letters-config.registry';
import { DEFAULT_LETTERS_SERVICE_CONFIG, LETTERS_SERVICE_CONFIG, type LettersServiceConfig } from './config/letters-service.config';
import { LetterFlowFacts } from './flow/letter-flow.facts';
import { numberingSlice } from './numbering/numbering.slice';
import { queuesSlice } from './queues/queues.slice';
import { AgendaBookReader } from './read-model/agenda-book.reader';
import { LetterEntity } from './read-model/letter.entity';
import { LetterRowsReader } from './read-model/letter-rows.reader';
import { LETTERS_SERVICE } from './letters.service';
import { LETTERS_READ_SCHEMA } from './read-model/letters.projection';
import { LetterDetailLoader } from './shared/letter-detail.loader';
import { LetterStreamReader } from './shared/letter-stream.reader';
import { suratKeluarSlice } from './surat-keluar/surat-keluar.slice';
import { suratMasukSlice } from './surat-masuk/surat-masuk.slice';
import { LettersWorkers } from './workers/letters.workers';

export interface LettersModuleOptions {
  config: ServiceConfig;
  auth: AuthConfig;
  /** Injected in tests for repeatable times and ids. */
  clock?: Clock;
  ids?: IdGenerator;
  /** Each dinas's letters rules and letter flows; default: the domain defaults and the Jawa Timur research flow. */
  lettersConfig?: LettersServiceConfig;
}

/** The slices in route order: each one's controllers are mounted in this order. */
export const LETTERS_SLICES = [suratMasukSlice, suratKeluarSlice, numberingSlice, archiveSlice, queuesSlice];

@Module({})
export class LettersModule {
  static forRoot(options: LettersModuleOptions): DynamicModule {
    return {
      module: LettersModule,
      imports: serviceInfrastructure({
        serviceName: LETTERS_SERVICE.name,
        config: options.config,
        auth: options.auth,
        readSchema: LETTERS_READ_SCHEMA,
        entities: [LetterEntity],
      }),
      controllers: LETTERS_SLICES.flatMap((slice) => slice.controllers),
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
        { provide: LETTERS_SERVICE_CONFIG, useValue: options.lettersConfig ?? DEFAULT_LETTERS_SERVICE_CONFIG },
        LettersConfigRegistry,
        LetterStreamReader,
        LetterFlowFacts,
        LetterDetailLoader,
        LetterRowsReader,
        AgendaBookReader,
        LettersWorkers,
        ...LETTERS_SLICES.flatMap((slice) => slice.providers),
      ],
    };
  }
}
