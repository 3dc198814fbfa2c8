import type { UserRef } from '../acting-user';
import type { IsoInstant } from '../letter-values';
import type { SequenceKey } from './number-sequence.commands';

export type NumberSequenceEvent =
  | { type: 'NumberSequenceOpened'; data: SequenceKey & { lastIssued: number; openedBy: UserRef; openedAt: IsoInstant } }
  | { type: 'NumberIssued'; data: SequenceKey & { n: number; letterId: string; issuedBy: UserRef; issuedAt: IsoInstant } };
