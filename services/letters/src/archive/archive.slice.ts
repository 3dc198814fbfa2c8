import { LetterHistoryHandler } from './queries/letter-history/letter-history.handler';
import { LetterHistoryHttpController } from './queries/letter-history/letter-history.http.controller';
import { ListLettersHandler } from './queries/list-letters/list-letters.handler';
import { ListLettersHttpController } from './queries/list-letters/list-letters.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

/** Every letter of the dinas: the list with its filters and each letter's history. */
export const archiveSlice: ServiceSlice = {
  controllers: [
    ListLettersHttpController,
    LetterHistoryHttpController,
  ],
  providers: [
    ListLettersHandler,
    LetterHistoryHandler,
  ],
};
