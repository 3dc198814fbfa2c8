import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ListSopsRequest } from './list-sops.request.dto';

export class ListSopsQuery {
  constructor(readonly user: AuthenticatedUser, readonly filter: ListSopsRequest) {}
}
