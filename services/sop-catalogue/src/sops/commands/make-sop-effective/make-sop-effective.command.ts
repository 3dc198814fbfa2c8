import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { MakeSopEffectiveRequest } from './make-sop-effective.request.dto';

export class MakeSopEffectiveCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly body: MakeSopEffectiveRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
