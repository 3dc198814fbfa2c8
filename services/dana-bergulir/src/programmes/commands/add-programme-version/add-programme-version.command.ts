import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ProgrammeTerms } from '../../../domain';

export class AddProgrammeVersionCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly effectiveFrom: string,
    readonly terms: ProgrammeTerms,
    readonly expectedRevision: number | undefined,
  ) {}
}
