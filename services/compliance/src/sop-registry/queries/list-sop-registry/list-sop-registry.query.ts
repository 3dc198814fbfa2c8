import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ListSopRegistryRequest } from './list-sop-registry.request.dto';

export class ListSopRegistryQuery {
  constructor(readonly user: AuthenticatedUser, readonly filter: ListSopRegistryRequest) {}
}
