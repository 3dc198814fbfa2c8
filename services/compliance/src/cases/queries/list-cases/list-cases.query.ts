import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ListCasesRequest } from './list-cases.request.dto';

export class ListCasesQuery {
  constructor(readonly user: AuthenticatedUser, readonly filter: ListCasesRequest) {}
}
