import type { ServiceSlice } from '@jejak/service-kit';
import { DefinePermitTypeHandler } from './commands/define-permit-type/define-permit-type.handler';
import { DefinePermitTypeHttpController } from './commands/define-permit-type/define-permit-type.http.controller';
import { RevisePermitTypeHandler } from './commands/revise-permit-type/revise-permit-type.handler';
import { RevisePermitTypeHttpController } from './commands/revise-permit-type/revise-permit-type.http.controller';
import { SeedPermitTypesHandler } from './commands/seed-permit-types/seed-permit-types.handler';
import { SeedPermitTypesHttpController } from './commands/seed-permit-types/seed-permit-types.http.controller';
import { GetPermitTypeHandler } from './queries/permit-type/permit-type.handler';
import { GetPermitTypeHttpController } from './queries/permit-type/permit-type.http.controller';

/** Permit types as per-dinas, effective-dated, versioned data. */
export const permitTypesSlice: ServiceSlice = {
  controllers: [SeedPermitTypesHttpController, DefinePermitTypeHttpController, RevisePermitTypeHttpController, GetPermitTypeHttpController],
  providers: [DefinePermitTypeHandler, RevisePermitTypeHandler, SeedPermitTypesHandler, GetPermitTypeHandler],
};
