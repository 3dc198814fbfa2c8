import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { RegisterApplicationRequest } from './register-application.request.dto';

export class RegisterApplicationCommand {
  constructor(readonly user: AuthenticatedUser, readonly body: RegisterApplicationRequest) {}
}
