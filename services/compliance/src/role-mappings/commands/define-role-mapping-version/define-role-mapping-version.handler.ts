import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, validationError, type Clock, type DomainErrorDetail } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata, TEXT_LIMITS } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { DinasRoleMappingAggregate } from '../../../domain/roles/dinas-role-mapping.decider';
import type { RoleMappingRule } from '../../../domain/roles/role-mapping';
import { assertRoleMappingWritable } from '../../role-mapping-access';
import { DefineRoleMappingVersionCommand, type DefineRoleMappingVersionResult } from './define-role-mapping-version.command';

const MAX_ALIASES = 50;
const RULE_KEYS = new Set(['sopRoles', 'platformRoles', 'note', 'external', 'team']);

/** Sizes and unknown fields of the rules (the decider checks their meaning); each problem names its field. */
function shapeProblems(rules: unknown[]): DomainErrorDetail[] {
  const out: DomainErrorDetail[] = [];
  rules.forEach((rule, i) => {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return;
    for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) out.push({ field: `rules[${i}].${key}`, message: `rules[${i}].${key} tidak dikenal (sopRoles, platformRoles, note, external, team)` });
    const r = rule as { sopRoles?: unknown; note?: unknown };
    if (Array.isArray(r.sopRoles)) {
      if (r.sopRoles.length > MAX_ALIASES) out.push({ field: `rules[${i}].sopRoles`, message: `rules[${i}].sopRoles paling banyak ${MAX_ALIASES} teks` });
      r.sopRoles.forEach((alias, j) => {
        if (typeof alias === 'string' && alias.length > TEXT_LIMITS.name) out.push({ field: `rules[${i}].sopRoles[${j}]`, message: `rules[${i}].sopRoles[${j}] paling panjang ${TEXT_LIMITS.name} karakter` });
      });
    }
    if (typeof r.note === 'string' && r.note.length > TEXT_LIMITS.text) out.push({ field: `rules[${i}].note`, message: `rules[${i}].note paling panjang ${TEXT_LIMITS.text} karakter` });
  });
  return out;
}

/** Only the dinas's own administrators define its mapping versions; another dinas's is not found. */
@CommandHandler(DefineRoleMappingVersionCommand)
export class DefineRoleMappingVersionHandler implements ICommandHandler<DefineRoleMappingVersionCommand, DefineRoleMappingVersionResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, tenant, effectiveFrom, body, expectedRevision }: DefineRoleMappingVersionCommand): Promise<DefineRoleMappingVersionResult> {
    assertRoleMappingWritable(user, tenant);
    const problems = shapeProblems(body.rules);
    if (problems.length > 0) throw validationError('ROLE_MAPPING_INVALID', `Pemetaan jabatan tidak valid: ${problems.map((p) => p.message).join('; ')}`, problems);
    const outcome = await this.pipeline.execute(DinasRoleMappingAggregate, {
      id: tenant,
      command: {
        type: 'DefineRoleMappingVersion',
        tenant,
        effectiveFrom,
        rules: body.rules as RoleMappingRule[],
        note: body.note?.trim() || null,
        definedBy: user.userId,
        at: this.clock.now().toISOString(),
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
    return { revision: outcome.revision, replaced: outcome.events.some((e) => e.data.replaced) };
  }
}
