import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitTypeContent } from '../../../domain';

export class DefinePermitTypeCommand {
  constructor(readonly user: AuthenticatedUser, readonly code: string, readonly effectiveFrom: string, readonly content: PermitTypeContent) {}
}
