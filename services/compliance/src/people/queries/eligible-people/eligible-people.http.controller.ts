import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, type AuthenticatedUser } from '@jejak/nest-platform';
import { CaseStepParams } from '../../../cases/dto/case-params.dto';
import { EligiblePeopleQuery } from './eligible-people.query';
import { EligiblePeopleResponse } from './eligible-people.response';

@ApiTags('Pegawai')
@ApiBearerAuth()
@Controller('cases')
export class EligiblePeopleHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/steps/:stepKey/eligible-people')
  @ApiEndpoint({
    summary: 'List who can act on a step of a case',
    description:
      "The people who can act on the step under the dinas's role mapping in force today and the case's teams: the members the case assigned to a team lane, and the people of the directory holding a mapped role (for an external lane, the staff who record the outside party's step). The directory holds people who have used Jejak; `kind: unmapped` means no lane of the step is mapped yet.",
    response: { type: EligiblePeopleResponse },
    path: '/cases/{id}/steps/1.4/eligible-people',
    problems: [
      400,
      { status: 404, code: 'CASE_NOT_FOUND', detail: 'Kasus 3f1c… tidak ditemukan' },
      { status: 404, code: 'STEP_NOT_FOUND', detail: 'SOP kasus ini tidak memiliki langkah 9.9; langkahnya ditulis <prosedur>.<langkah>, contoh 1.4' },
    ],
  })
  list(@CurrentUser() user: AuthenticatedUser, @Param() params: CaseStepParams): Promise<EligiblePeopleResponse> {
    return this.queries.execute(new EligiblePeopleQuery(user, params.id, params.stepKey));
  }
}
