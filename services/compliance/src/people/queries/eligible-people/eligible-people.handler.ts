import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { canRead } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { CaseAggregate, buildSopFlow } from '../../../domain';
import { stepEligibility } from '../../../domain/roles/step-eligibility';
import { RoleMappingDirectory } from '../../../role-mappings/role-mapping.directory';
import { PeopleDirectory } from '../../people.directory';
import type { EligiblePeopleResponse, EligiblePersonView } from './eligible-people.response';
import { EligiblePeopleQuery } from './eligible-people.query';

const MAX_PEOPLE = 200;

/** Who can act on a step of a case now, under the dinas's mapping in force today and the case's teams. */
@QueryHandler(EligiblePeopleQuery)
export class EligiblePeopleHandler implements IQueryHandler<EligiblePeopleQuery, EligiblePeopleResponse> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly roleMappings: RoleMappingDirectory,
    private readonly people: PeopleDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, caseId, stepKey }: EligiblePeopleQuery): Promise<EligiblePeopleResponse> {
    const loaded = await this.pipeline.load(CaseAggregate, caseId);
    const tenant = loaded.recorded[0]?.tenant;
    if (tenant === undefined || !canRead(user, tenant) || loaded.state.stage === 'not_started') throw notFound('CASE_NOT_FOUND', `Kasus ${caseId} tidak ditemukan`);
    const { info } = loaded.state;
    const step = buildSopFlow(info.content, info.procedureIndexes).get(stepKey);
    if (!step) throw notFound('STEP_NOT_FOUND', `SOP kasus ini tidak memiliki langkah ${stepKey}; langkahnya ditulis <prosedur>.<langkah>, contoh 1.4`);
    const inForce = await this.roleMappings.inForce(tenant, this.clock.now().toISOString());
    const eligibility = stepEligibility(inForce.mapping, info.lanes, step.step);

    const roles = eligibility.kind === 'unmapped' ? [] : eligibility.roles;
    const byRole: EligiblePersonView[] = roles.length === 0 ? [] : (await this.people.find(tenant, undefined, MAX_PEOPLE, roles)).map((p) => ({ userId: p.userId, name: p.name, jabatan: p.jabatan, via: 'role', inDirectory: true }));
    let team: EligiblePersonView[] = [];
    if (eligibility.kind === 'team') {
      const known = await this.people.byIds(tenant, eligibility.members.map((m) => m.userId));
      team = eligibility.members.map((m) => ({ userId: m.userId, name: m.name, jabatan: m.jabatan, via: 'team', inDirectory: known.has(m.userId) }));
    }
    const people = [...team, ...byRole.filter((p) => !team.some((m) => m.userId === p.userId))];
    return {
      caseId,
      stepKey: step.key,
      stepNo: step.step.no,
      kegiatan: step.step.kegiatan,
      pelaksana: step.step.pelaksana,
      kind: eligibility.kind,
      roles,
      unmapped: eligibility.kind === 'roles' || eligibility.kind === 'unmapped' ? eligibility.unmapped : [],
      onBehalfOf: eligibility.kind === 'external' ? eligibility.onBehalfOf : [],
      mappingEffectiveFrom: inForce.effectiveFrom,
      people,
    };
  }
}
