import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SendDisposisiRequest } from './send-disposisi.request.dto';

export class SendDisposisiCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly body: SendDisposisiRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
