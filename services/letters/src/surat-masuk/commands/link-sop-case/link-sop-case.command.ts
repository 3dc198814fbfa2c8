import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { LinkSopCaseRequest } from './link-sop-case.request.dto';

export class LinkSopCaseCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly body: LinkSopCaseRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
