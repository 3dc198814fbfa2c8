import { DomainError } from '@jejak/domain-kit';
import { deciderSpec } from '@jejak/domain-kit/testing';
import type { DefineRoleMappingVersion } from './dinas-role-mapping.commands';
import { dinasRoleMappingDecider } from './dinas-role-mapping.decider';
import type { RoleMappingVersionDefined } from './dinas-role-mapping.events';
import { evolveDinasRoleMapping } from './dinas-role-mapping.evolve';
import { initialDinasRoleMappingState } from './dinas-role-mapping.state';
import type { RoleMappingRule } from './role-mapping';
import { DEFAULT_ROLE_MAPPING } from './role-mapping.defaults';
import { roleMappingInForce } from './role-mapping-in-force';

const AT = '2026-01-05T02:00:00.000Z';
const tim: RoleMappingRule[] = [{ sopRoles: ['Tim Pokja'], platformRoles: ['STAF'], team: true }];
const define = (effectiveFrom: string, rules: RoleMappingRule[] = tim, at = AT): DefineRoleMappingVersion => ({
  type: 'DefineRoleMappingVersion',
  tenant: '61',
  effectiveFrom,
  rules,
  note: null,
  definedBy: 'u-kadis',
  at,
});
const defined = (effectiveFrom: string, replaced = false, rules: RoleMappingRule[] = tim, at = AT): RoleMappingVersionDefined => ({
  type: 'RoleMappingVersionDefined',
  data: { tenant: '61', effectiveFrom, rules, note: null, replaced, definedBy: 'u-kadis', definedAt: at },
});
function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
const spec = () => deciderSpec(dinasRoleMappingDecider);

describe('DefineRoleMappingVersion', () => {
  it('defines the first version of a dinas', () => {
    spec().given([]).when(define('2026-01-01')).then([defined('2026-01-01')]);
  });

  it('replaces the version of the same effectiveFrom, and adds one of another date', () => {
    const other: RoleMappingRule[] = [{ sopRoles: ['Tim Pokja'], platformRoles: ['KASI'] }];
    spec().given([defined('2026-01-01')]).when(define('2026-01-01', other)).then([defined('2026-01-01', true, other)]);
    spec().given([defined('2026-01-01')]).when(define('2026-07-01', other)).then([defined('2026-07-01', false, other)]);
  });

  it('refuses an invalid mapping or date, naming each field', () => {
    spec()
      .given([])
      .when(define('2026-02-30', [{ sopRoles: [], platformRoles: ['CAMAT' as never] }]))
      .thenRefuses({ kind: 'validation', code: 'ROLE_MAPPING_INVALID' });
    const refusal = refusalOf(() => dinasRoleMappingDecider.decide(define('2026-02-30', [{ sopRoles: [], platformRoles: ['CAMAT' as never] }]), initialDinasRoleMappingState()));
    expect(refusal.details.map((d) => d.field)).toEqual(['effectiveFrom', 'rules[0].sopRoles', 'rules[0].platformRoles[0]']);
  });
});

describe('roleMappingInForce', () => {
  const state = [defined('2026-01-01'), defined('2026-07-01', false, [{ sopRoles: ['Tim Pokja'], platformRoles: ['KASI'] }])].reduce(evolveDinasRoleMapping, initialDinasRoleMappingState());
  const versions = state.stage === 'defined' ? state.versions : [];

  it('keeps the versions ordered by effectiveFrom, one per date', () => {
    expect(versions.map((v) => v.effectiveFrom)).toEqual(['2026-01-01', '2026-07-01']);
  });

  it('is the latest version from its effectiveFrom (inclusive), and the defaults before the first', () => {
    expect(roleMappingInForce(versions, '2025-12-31')).toEqual({ mapping: DEFAULT_ROLE_MAPPING, effectiveFrom: null, isDefault: true });
    expect(roleMappingInForce(versions, '2026-01-01')).toMatchObject({ effectiveFrom: '2026-01-01', isDefault: false, mapping: { rules: tim } });
    expect(roleMappingInForce(versions, '2026-06-30').effectiveFrom).toBe('2026-01-01');
    expect(roleMappingInForce(versions, '2026-07-01').mapping.rules[0].platformRoles).toEqual(['KASI']);
    expect(roleMappingInForce([], '2026-07-01').isDefault).toBe(true);
  });
});
