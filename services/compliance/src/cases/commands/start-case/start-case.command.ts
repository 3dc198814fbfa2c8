import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { StartCaseRequest } from './start-case.request.dto';

export class StartCaseCommand {
  constructor(readonly user: AuthenticatedUser, readonly body: StartCaseRequest) {}
}
