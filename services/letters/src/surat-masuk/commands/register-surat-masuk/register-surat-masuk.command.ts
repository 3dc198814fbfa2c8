import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { RegisterSuratMasukRequest } from './register-surat-masuk.request.dto';

export class RegisterSuratMasukCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly body: RegisterSuratMasukRequest,
  ) {}
}
