import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSopAsOfQuery {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly date: string,
    readonly knowledge: 'latest' | 'then',
    /** IANA zone of the dinas (Asia/Jakarta when the request names none). */
    readonly timeZone: string = 'Asia/Jakarta',
  ) {}
}
