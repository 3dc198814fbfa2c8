import type { ServiceSlice } from '@jejak/service-kit';
import { DefineRoleMappingVersionHandler } from './commands/define-role-mapping-version/define-role-mapping-version.handler';
import { DefineRoleMappingVersionHttpController } from './commands/define-role-mapping-version/define-role-mapping-version.http.controller';
import { GetRoleMappingInForceHandler } from './queries/get-role-mapping-in-force/get-role-mapping-in-force.handler';
import { GetRoleMappingInForceHttpController } from './queries/get-role-mapping-in-force/get-role-mapping-in-force.http.controller';
import { ListRoleMappingsHandler } from './queries/list-role-mappings/list-role-mappings.handler';
import { ListRoleMappingsHttpController } from './queries/list-role-mappings/list-role-mappings.http.controller';
import { RoleMappingDirectory } from './role-mapping.directory';

/** The dinas's role mapping (SOP lane → platform roles), effective-dated; `RoleMappingDirectory` serves the case commands. */
export const roleMappingsSlice: ServiceSlice = {
  controllers: [GetRoleMappingInForceHttpController, ListRoleMappingsHttpController, DefineRoleMappingVersionHttpController],
  providers: [RoleMappingDirectory, ListRoleMappingsHandler, GetRoleMappingInForceHandler, DefineRoleMappingVersionHandler],
};
