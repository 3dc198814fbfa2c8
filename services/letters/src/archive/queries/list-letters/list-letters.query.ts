import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ListLettersRequest } from './list-letters.request.dto';

export class ListLettersQuery {
  constructor(readonly user: AuthenticatedUser, readonly filter: ListLettersRequest) {}
}
