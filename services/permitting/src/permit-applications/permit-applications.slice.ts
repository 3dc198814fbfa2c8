import type { ServiceSlice } from '@jejak/service-kit';
import { ClosePermitApplicationHandler } from './commands/close-permit-application/close-permit-application.handler';
import { ClosePermitApplicationHttpController } from './commands/close-permit-application/close-permit-application.http.controller';
import { CreatePermitApplicationHandler } from './commands/create-permit-application/create-permit-application.handler';
import { CreatePermitApplicationHttpController } from './commands/create-permit-application/create-permit-application.http.controller';
import { GetPermitApplicationHandler } from './queries/permit-application/permit-application.handler';
import { GetPermitApplicationHttpController } from './queries/permit-application/permit-application.http.controller';

/** The permit-applications capability: its HTTP controllers and its command/query handlers. */
export const permitApplicationsSlice: ServiceSlice = {
  controllers: [CreatePermitApplicationHttpController, ClosePermitApplicationHttpController, GetPermitApplicationHttpController],
  providers: [CreatePermitApplicationHandler, ClosePermitApplicationHandler, GetPermitApplicationHandler],
};
