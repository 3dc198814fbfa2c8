import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ReviseDraftRequest } from './revise-draft.request.dto';

export class ReviseDraftCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly body: ReviseDraftRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
