import type { AuthenticatedUser } from '@jejak/nest-platform';

export class CreateLoanCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly title: string,
  ) {}
}
