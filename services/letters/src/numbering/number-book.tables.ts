import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { prepareNumberBooks } from '../shared/number-book';

/** Creates the number books' counter tables at start (PostgreSQL; nothing on adapters without SQL in the unit of work). */
@Injectable()
export class NumberBookTables implements OnModuleInit {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onModuleInit(): Promise<void> {
    return prepareNumberBooks(this.store);
  }
}
