import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { DispatchLetterRequest } from './dispatch-letter.request.dto';

export class DispatchLetterCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly body: DispatchLetterRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
