import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import type { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';
import { canRead, readableTenantFilter, tenantFilterSql } from './tenancy';

const TENANTS = ['35', '35.01', '35.78', '61', '61.71', '355.01', '35_01'];

describe('tenantFilterSql (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('tenant_filter');
    await db.pool.query('CREATE TABLE sop_list (id serial PRIMARY KEY, tenant text NOT NULL)');
    await db.pool.query('INSERT INTO sop_list (tenant) SELECT unnest($1::text[])', [TENANTS]);
  });
  afterAll(() => db.drop());

  it.each([
    ['PROVINCIAL_VIEWER of 35', '35', Role.PROVINCIAL_VIEWER],
    ['AUDITOR of 35', '35', Role.AUDITOR],
    ['AUDITOR of 35.01', '35.01', Role.AUDITOR],
    ['KEPALA_DINAS of 35', '35', Role.KEPALA_DINAS],
    ['STAF of 61.71', '61.71', Role.STAF],
  ])('selects exactly what %s may read', async (_label, tenant, role) => {
    const user: AuthenticatedUser = { userId: 'u', nip: '', name: 'U', roles: [role], tenant };
    const filter = tenantFilterSql(readableTenantFilter(user), 'tenant');
    const { rows } = await db.pool.query<{ tenant: string }>(`SELECT tenant FROM sop_list WHERE ${filter.sql} ORDER BY tenant`, filter.params);
    expect(rows.map((r) => r.tenant)).toEqual(TENANTS.filter((t) => canRead(user, t)).sort());
    expect(rows.length).toBeGreaterThan(0);
  });
});
