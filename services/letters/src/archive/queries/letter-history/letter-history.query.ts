import type { AuthenticatedUser } from '@jejak/nest-platform';

export class LetterHistoryQuery {
  constructor(readonly user: AuthenticatedUser, readonly letterId: string) {}
}
