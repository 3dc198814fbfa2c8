import type { AuthenticatedUser } from '@jejak/nest-platform';

export class SeedPermitTypesCommand {
  constructor(readonly user: AuthenticatedUser) {}
}

export interface SeedPermitTypesResult {
  defined: string[];
  existing: string[];
}
