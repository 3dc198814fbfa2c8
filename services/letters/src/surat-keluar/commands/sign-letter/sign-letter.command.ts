import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SignLetterRequest } from './sign-letter.request.dto';

export class SignLetterCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly body: SignLetterRequest,
    readonly expectedRevision: number | undefined,
    /** The request's deadline, when the platform gives one: numbering stops retrying once it fires. */
    readonly signal?: AbortSignal,
  ) {}
}
