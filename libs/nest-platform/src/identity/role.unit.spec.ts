import { isReadOnly, parseRoles, primaryRole, Role } from './role';

describe('roles', () => {
  it('reads role strings in any case and separator, drops unknown ones, orders by hierarchy', () => {
    expect(parseRoles(['staf', 'offline_access', 'Kepala-Dinas', 'KASI', 'kasi', 42])).toEqual([Role.KEPALA_DINAS, Role.KASI, Role.STAF]);
    expect(parseRoles('AUDITOR provincial_viewer')).toEqual([Role.AUDITOR, Role.PROVINCIAL_VIEWER]);
    expect(parseRoles(undefined)).toEqual([]);
    expect(parseRoles({ roles: ['KASI'] })).toEqual([]);
  });

  it('takes the highest role as the primary one', () => {
    expect(primaryRole([Role.STAF, Role.KEPALA_BIDANG, Role.AUDITOR])).toBe(Role.KEPALA_BIDANG);
    expect(primaryRole([Role.PROVINCIAL_VIEWER, Role.AUDITOR])).toBe(Role.AUDITOR);
    expect(primaryRole([])).toBeUndefined();
  });

  it('calls read-only a user with only AUDITOR and/or PROVINCIAL_VIEWER, or no role', () => {
    expect(isReadOnly([Role.AUDITOR])).toBe(true);
    expect(isReadOnly([Role.AUDITOR, Role.PROVINCIAL_VIEWER])).toBe(true);
    expect(isReadOnly([])).toBe(true);
    expect(isReadOnly([Role.AUDITOR, Role.STAF])).toBe(false);
    expect(isReadOnly([Role.PETUGAS])).toBe(false);
  });
});
