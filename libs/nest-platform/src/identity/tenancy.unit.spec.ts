import { DomainError } from '@jejak/domain-kit';
import type { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';
import { assertCanRead, assertCanWrite, canRead, canWrite, readableTenantFilter, tenantFilterMatches, tenantFilterSql } from './tenancy';

const user = (tenant: string, ...roles: Role[]): AuthenticatedUser => ({ userId: 'u', nip: '', name: 'U', roles, tenant });

describe('tenancy', () => {
  const kadisPacitan = user('35.01', Role.KEPALA_DINAS);
  const kadisJatim = user('35', Role.KEPALA_DINAS);
  const viewerJatim = user('35', Role.PROVINCIAL_VIEWER);
  const auditorJatim = user('35', Role.AUDITOR);
  const auditorPacitan = user('35.01', Role.AUDITOR);

  it('lets everyone read their own tenant', () => {
    for (const u of [kadisPacitan, kadisJatim, viewerJatim, auditorJatim, auditorPacitan]) expect(canRead(u, u.tenant)).toBe(true);
  });

  it('lets a provincial viewer or auditor of a province read its regencies, and nothing else', () => {
    for (const u of [viewerJatim, auditorJatim]) {
      expect(canRead(u, '35.01')).toBe(true);
      expect(canRead(u, '35.78')).toBe(true);
      expect(canRead(u, '61')).toBe(false);
      expect(canRead(u, '61.71')).toBe(false);
      expect(canRead(u, '3')).toBe(false);
      expect(canRead(u, '35.0')).toBe(false);
    }
  });

  it('keeps structural roles of a province to the province itself', () => {
    expect(canRead(kadisJatim, '35.01')).toBe(false);
  });

  it('keeps a regency auditor to the regency', () => {
    expect(canRead(auditorPacitan, '35.01')).toBe(true);
    expect(canRead(auditorPacitan, '35')).toBe(false);
    expect(canRead(auditorPacitan, '35.02')).toBe(false);
  });

  it('does not treat a longer code with the same digits as part of the province', () => {
    expect(canRead(viewerJatim, '355.01')).toBe(false);
  });

  it('lets users write only to their own tenant, never read-only users', () => {
    expect(canWrite(kadisPacitan, '35.01')).toBe(true);
    expect(canWrite(kadisPacitan, '35')).toBe(false);
    expect(canWrite(kadisJatim, '35.01')).toBe(false);
    expect(canWrite(viewerJatim, '35')).toBe(false);
    expect(canWrite(auditorPacitan, '35.01')).toBe(false);
    expect(canWrite(user('35', Role.AUDITOR, Role.STAF), '35')).toBe(true);
  });

  it('asserts with forbidden domain errors', () => {
    expect(() => assertCanRead(kadisPacitan, '61')).toThrow(expect.objectContaining({ kind: 'forbidden', code: 'TENANT_READ_FORBIDDEN' }));
    expect(() => assertCanWrite(viewerJatim, '35')).toThrow(expect.objectContaining({ kind: 'forbidden', code: 'READ_ONLY_ROLE' }));
    expect(() => assertCanWrite(kadisJatim, '35.01')).toThrow(DomainError);
    expect(() => assertCanWrite(kadisJatim, '35.01')).toThrow(expect.objectContaining({ code: 'TENANT_WRITE_FORBIDDEN' }));
    expect(() => assertCanRead(viewerJatim, '35.01')).not.toThrow();
    expect(() => assertCanWrite(kadisPacitan, '35.01')).not.toThrow();
  });

  it('gives a filter that agrees with canRead', () => {
    const tenants = ['35', '35.01', '35.78', '61', '61.71', '355.01'];
    for (const u of [kadisPacitan, kadisJatim, viewerJatim, auditorJatim, auditorPacitan]) {
      const filter = readableTenantFilter(u);
      for (const t of tenants) expect([u.tenant, t, tenantFilterMatches(filter, t)]).toEqual([u.tenant, t, canRead(u, t)]);
    }
    expect(readableTenantFilter(viewerJatim)).toEqual({ tenants: ['35'], prefixes: ['35.'] });
    expect(readableTenantFilter(auditorPacitan)).toEqual({ tenants: ['35.01'], prefixes: [] });
  });

  it('builds a parameterised SQL condition and refuses odd column names', () => {
    expect(tenantFilterSql({ tenants: ['35'], prefixes: ['35.'] }, 's.tenant', 3)).toEqual({
      sql: '(s.tenant = ANY($3::text[]) OR s.tenant LIKE ANY($4::text[]))',
      params: [['35'], ['35.%']],
    });
    expect(() => tenantFilterSql({ tenants: [], prefixes: [] }, 'tenant; DROP TABLE x', 1)).toThrow('invalid column name');
  });
});
