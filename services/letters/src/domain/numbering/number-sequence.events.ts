import type { UserRef } from '../shared/acting-user';
import type { IsoInstant } from '../shared/letter-values';
import type { SequenceKey } from './number-sequence.commands';

export type NumberSequenceEvent =
  | { type: 'NumberSequenceOpened'; data: SequenceKey & { lastIssued: number; openedBy: UserRef; openedAt: IsoInstant } }
  | { type: 'NumberIssued'; data: SequenceKey & { n: number; letterId: string; issuedBy: UserRef; issuedAt: IsoInstant } };
