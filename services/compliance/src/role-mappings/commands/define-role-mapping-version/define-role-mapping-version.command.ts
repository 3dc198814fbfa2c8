import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { DefineRoleMappingVersionRequest } from './define-role-mapping-version.request.dto';

export class DefineRoleMappingVersionCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly tenant: string,
    readonly effectiveFrom: string,
    readonly body: DefineRoleMappingVersionRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}

export interface DefineRoleMappingVersionResult {
  revision: number;
  replaced: boolean;
}
