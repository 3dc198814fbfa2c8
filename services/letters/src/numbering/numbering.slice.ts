import { OpenNumberSequenceHandler } from './commands/open-number-sequence/open-number-sequence.handler';
import { OpenNumberSequenceHttpController } from './commands/open-number-sequence/open-number-sequence.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';
import { NumberBookTables } from './number-book.tables';

/** Number books: continuing a book kept before Jejak. */
export const numberingSlice: ServiceSlice = {
  controllers: [
    OpenNumberSequenceHttpController,
  ],
  providers: [
    OpenNumberSequenceHandler,
    NumberBookTables,
  ],
};
