import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ImportCaseHistoryCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly csv: string,
    readonly fileName: string,
  ) {}
}
