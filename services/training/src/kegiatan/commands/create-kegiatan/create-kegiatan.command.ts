import type { AuthenticatedUser } from '@jejak/nest-platform';

export class CreateKegiatanCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly title: string,
  ) {}
}
