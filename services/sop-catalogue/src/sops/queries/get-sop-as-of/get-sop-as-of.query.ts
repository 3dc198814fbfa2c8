import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSopAsOfQuery {
  constructor(readonly user: AuthenticatedUser, readonly sopId: string, readonly date: string, readonly knowledge: 'latest' | 'then') {}
}
