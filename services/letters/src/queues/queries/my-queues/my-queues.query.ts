import type { AuthenticatedUser } from '@jejak/nest-platform';

export class MyQueuesQuery {
  constructor(
    readonly user: AuthenticatedUser,
    readonly asOf: string | undefined,
    readonly page: { limit?: number; cursor?: string } = {},
  ) {}
}
