import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { RetireSopRequest } from './retire-sop.request.dto';

export class RetireSopCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly body: RetireSopRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
