import type { ServiceSlice } from '@jejak/service-kit';
import { AddProgrammeVersionHandler } from './commands/add-programme-version/add-programme-version.handler';
import { AddProgrammeVersionHttpController } from './commands/add-programme-version/add-programme-version.http.controller';
import { DefineProgrammeHandler } from './commands/define-programme/define-programme.handler';
import { DefineProgrammeHttpController } from './commands/define-programme/define-programme.http.controller';
import { GetProgrammeHandler } from './queries/programme/programme.handler';
import { GetProgrammeHttpController } from './queries/programme/programme.http.controller';

/** Revolving-fund programmes: define, add an effective-dated version, read. */
export const programmesSlice: ServiceSlice = {
  controllers: [DefineProgrammeHttpController, AddProgrammeVersionHttpController, GetProgrammeHttpController],
  providers: [DefineProgrammeHandler, AddProgrammeVersionHandler, GetProgrammeHandler],
};
