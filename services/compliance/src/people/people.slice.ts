import { APP_INTERCEPTOR } from '@nestjs/core';
import type { ServiceSlice } from '@jejak/service-kit';
import { PeopleDirectory } from './people.directory';
import { PeopleDirectoryInterceptor } from './people.interceptor';
import { EligiblePeopleHandler } from './queries/eligible-people/eligible-people.handler';
import { EligiblePeopleHttpController } from './queries/eligible-people/eligible-people.http.controller';
import { FindPeopleHandler } from './queries/find-people/find-people.handler';
import { FindPeopleHttpController } from './queries/find-people/find-people.http.controller';

/** The user directory per dinas (from the token's claims, cached) and who can act on a case's step. */
export const peopleSlice: ServiceSlice = {
  controllers: [FindPeopleHttpController, EligiblePeopleHttpController],
  providers: [PeopleDirectory, { provide: APP_INTERCEPTOR, useClass: PeopleDirectoryInterceptor }, FindPeopleHandler, EligiblePeopleHandler],
};
