import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ProgrammeTerms } from '../../../domain';

export class DefineProgrammeCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly code: string,
    readonly name: string,
    readonly effectiveFrom: string,
    readonly terms: ProgrammeTerms,
  ) {}
}
