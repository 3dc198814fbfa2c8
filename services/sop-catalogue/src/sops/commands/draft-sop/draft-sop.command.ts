import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SopContent } from '@jejak/contracts';

export class DraftSopCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly unit: string,
    readonly content: SopContent,
  ) {}
}
