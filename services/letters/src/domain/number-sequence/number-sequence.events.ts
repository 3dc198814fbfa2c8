import { EventTypeRegistry } from '@jejak/domain-kit';
import type { UserRef } from '../acting-user';
import type { IsoInstant } from '../letter-values';
import type { SequenceKey } from './number-sequence.commands';

export type NumberSequenceEvent =
  | { type: 'NumberSequenceOpened'; data: SequenceKey & { lastIssued: number; openedBy: UserRef; openedAt: IsoInstant } }
  | { type: 'NumberIssued'; data: SequenceKey & { n: number; letterId: string; issuedBy: UserRef; issuedAt: IsoInstant } };

/** The number book's event types with their schema versions (see `surat-masuk.events.ts`). */
export const numberSequenceEventTypes = new EventTypeRegistry<NumberSequenceEvent>('buku nomor')
  .register('NumberSequenceOpened', { version: 1 })
  .register('NumberIssued', { version: 1 });
