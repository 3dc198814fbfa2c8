import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { PeopleResponse } from '../../people.dto';
import { FindPeopleQuery } from './find-people.query';
import { FindPeopleRequest } from './find-people.request.dto';

@ApiTags('Pegawai')
@ApiBearerAuth()
@Controller('people')
export class FindPeopleHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiEndpoint({
    summary: 'Find people of the dinas by name or jabatan',
    description:
      "The user directory of a dinas (default: the caller's), filled from the identity token's claims (name, NIP, jabatan, roles) as users call the service: a person appears once they have used Jejak. `q` matches part of the name or of the jabatan, case-insensitively. Another dinas's directory is not found.",
    response: { type: PeopleResponse },
    path: '/people?q=siti',
    problems: [400, { status: 404, code: 'PEOPLE_NOT_FOUND', detail: 'Daftar pegawai dinas wilayah 35 tidak ditemukan' }],
  })
  find(@CurrentUser() user: AuthenticatedUser, @Query() query: FindPeopleRequest): Promise<PeopleResponse> {
    return this.queries.execute(new FindPeopleQuery(user, query.tenant ?? user.tenant, query.q, query.limit ?? 20));
  }
}
