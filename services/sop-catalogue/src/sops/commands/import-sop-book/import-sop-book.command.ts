import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ImportSopBookCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly fileName: string,
    readonly text: string,
    /** Unit used when neither the SOP page nor the book's list names one. */
    readonly defaultUnit: string,
    /** Parse and report only; create no drafts. */
    readonly dryRun: boolean,
  ) {}
}
