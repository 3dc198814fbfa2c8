import { DEFAULT_ROLE_MAPPING } from './role-mapping.defaults';
import { isPelaksana, pelaksanaOf, platformRolesFor, unmappedSopRoles, validateRoleMapping } from './role-mapping';

describe('default role mapping', () => {
  it.each([
    ['Kepala Dinas', ['KEPALA_DINAS']],
    ['Kepala Dinas Koperasi dan UKM', ['KEPALA_DINAS']],
    ['Sekretaris', ['SEKRETARIS']],
    ['Kepala Bidang', ['KEPALA_BIDANG']],
    ['Kepala Bidang Koperasi', ['KEPALA_BIDANG']],
    ['KASUBID', ['KASI']],
    ['Kepala Sub Bidang', ['KASI']],
    ['Kasubag Umum', ['KASI']],
    ['Kasi', ['KASI']],
    ['Sub Koordinator Kemitraan', ['KASI']],
    ['Sub-Koordinator', ['KASI']],
    ['FUNGSIONAL UMUM', ['STAF']],
    ['Staf', ['STAF']],
    ['Pelaksana', ['STAF']],
    ['Pendamping PLUT', ['PETUGAS']],
    ['Petugas Frontliner', ['PETUGAS']],
    ['Pemohon', ['PETUGAS']],
  ])('maps "%s" to %j', (text, roles) => {
    expect(platformRolesFor(DEFAULT_ROLE_MAPPING, text)).toEqual(roles);
  });

  it('matches whole words only: "Kepala Bidangan" is not "Kepala Bidang"', () => {
    expect(platformRolesFor(DEFAULT_ROLE_MAPPING, 'Kepala Bidangan')).toEqual([]);
  });

  it('lists the SOP roles no rule maps', () => {
    expect(unmappedSopRoles(DEFAULT_ROLE_MAPPING, ['Kepala Dinas', 'Bakesbangpol', 'Camat', 'Bakesbangpol', ''])).toEqual(['Bakesbangpol', 'Camat']);
  });
});

describe('pelaksanaOf', () => {
  it('is any staff role when the SOP names no pelaksana', () => {
    const p = pelaksanaOf(DEFAULT_ROLE_MAPPING, { pelaksana: [] });
    expect(p.kind).toBe('any_staff');
    expect(isPelaksana(p, 'PETUGAS')).toBe(true);
  });

  it('unites the roles of several pelaksana and keeps the unmapped ones', () => {
    const p = pelaksanaOf(DEFAULT_ROLE_MAPPING, { pelaksana: ['Kasubid', 'Pendamping PLUT', 'Bakesbangpol'] });
    expect(p).toEqual({ kind: 'roles', roles: ['KASI', 'PETUGAS'], unmapped: ['Bakesbangpol'] });
    expect(isPelaksana(p, 'PETUGAS')).toBe(true);
    expect(isPelaksana(p, 'STAF')).toBe(false);
  });

  it('cannot tell when no pelaksana maps', () => {
    const p = pelaksanaOf(DEFAULT_ROLE_MAPPING, { pelaksana: ['Bakesbangpol'] });
    expect(p).toEqual({ kind: 'unmapped', unmapped: ['Bakesbangpol'] });
    expect(isPelaksana(p, 'STAF')).toBeNull();
  });

  it('uses the first matching rule of a configured mapping', () => {
    const mapping = { rules: [{ sopRoles: ['Kepala Bidang Koperasi'], platformRoles: ['KASI' as const] }, ...DEFAULT_ROLE_MAPPING.rules] };
    expect(platformRolesFor(mapping, 'Kepala Bidang Koperasi')).toEqual(['KASI']);
    expect(platformRolesFor(mapping, 'Kepala Bidang Perindustrian')).toEqual(['KEPALA_BIDANG']);
  });
});

describe('validateRoleMapping', () => {
  it('accepts the defaults', () => {
    expect(validateRoleMapping(DEFAULT_ROLE_MAPPING)).toEqual([]);
  });

  it('names rules without SOP roles and unknown platform roles', () => {
    expect(
      validateRoleMapping({ rules: [{ sopRoles: [], platformRoles: ['KASI'] }, { sopRoles: ['Camat'], platformRoles: ['CAMAT'] }] }).map((p) => p.field),
    ).toEqual(['rules[0].sopRoles', 'rules[1].platformRoles[0]']);
  });
});
