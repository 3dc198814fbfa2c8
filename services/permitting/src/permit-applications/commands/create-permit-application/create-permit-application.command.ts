import type { AuthenticatedUser } from '@jejak/nest-platform';

export class CreatePermitApplicationCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly title: string,
  ) {}
}
