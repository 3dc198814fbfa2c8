import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SubmitForParafRequest } from './submit-for-paraf.request.dto';

export class SubmitForParafCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly body: SubmitForParafRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
