import { assertNever, validationError } from '@jejak/domain-kit';
import type { DefineRoleMappingVersion, DinasRoleMappingCommand } from './dinas-role-mapping.commands';
import type { DinasRoleMappingEvent } from './dinas-role-mapping.events';
import type { DinasRoleMappingState } from './dinas-role-mapping.state';
import { validateRoleMapping } from './role-mapping';

export const RoleMappingErrorCode = {
  Invalid: 'ROLE_MAPPING_INVALID',
} as const;

const isCalendarDate = (text: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
};

function define(command: DefineRoleMappingVersion, state: DinasRoleMappingState): DinasRoleMappingEvent[] {
  const problems = validateRoleMapping({ rules: command.rules });
  if (!isCalendarDate(command.effectiveFrom)) problems.unshift({ field: 'effectiveFrom', message: 'effectiveFrom harus tanggal kalender YYYY-MM-DD (contoh: 2026-01-01)' });
  if (problems.length > 0) {
    throw validationError(RoleMappingErrorCode.Invalid, `Pemetaan jabatan tidak valid: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
  const replaced = state.stage === 'defined' && state.versions.some((v) => v.effectiveFrom === command.effectiveFrom);
  return [
    {
      type: 'RoleMappingVersionDefined',
      data: { tenant: command.tenant, effectiveFrom: command.effectiveFrom, rules: command.rules, note: command.note, replaced, definedBy: command.definedBy, definedAt: command.at },
    },
  ];
}

export function decideDinasRoleMapping(command: DinasRoleMappingCommand, state: DinasRoleMappingState): DinasRoleMappingEvent[] {
  switch (command.type) {
    case 'DefineRoleMappingVersion':
      return define(command, state);
    default:
      return assertNever(command.type, 'role mapping command');
  }
}
