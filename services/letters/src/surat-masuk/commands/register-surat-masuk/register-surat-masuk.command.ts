import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { RegisterSuratMasukRequest } from './register-surat-masuk.request.dto';

export class RegisterSuratMasukCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly body: RegisterSuratMasukRequest,
    /** The `Idempotency-Key` header, when the client sent one instead of a `letterId`. */
    readonly idempotencyKey?: string,
    /** The request's deadline, when the platform gives one: numbering stops retrying once it fires. */
    readonly signal?: AbortSignal,
  ) {}
}
