import { forbidden } from '@jejak/domain-kit';
import type { AuthenticatedUser } from './authenticated-user';
import { isReadOnly, Role } from './role';
import { isProvinceCode, isTenantCode, provinceOf } from './tenant-code';

/** Roles that, held at a province, see every regency/city of that province. */
const PROVINCE_WIDE_READERS: readonly Role[] = [Role.PROVINCIAL_VIEWER, Role.AUDITOR];

function readsWholeProvince(user: AuthenticatedUser): boolean {
  return isProvinceCode(user.tenant) && user.roles.some((role) => PROVINCE_WIDE_READERS.includes(role));
}

/**
 * A user reads their own tenant. A PROVINCIAL_VIEWER or AUDITOR of a province (`35`) also reads
 * every regency/city of it (`35.01`, `35.78`, ...). An AUDITOR of a regency reads only that regency.
 */
export function canRead(user: AuthenticatedUser, tenant: string): boolean {
  if (!isTenantCode(tenant)) return false;
  if (tenant === user.tenant) return true;
  return readsWholeProvince(user) && !isProvinceCode(tenant) && provinceOf(tenant) === user.tenant;
}

/** A user writes only to their own tenant, and never with read-only roles only. */
export function canWrite(user: AuthenticatedUser, tenant: string): boolean {
  return isTenantCode(tenant) && tenant === user.tenant && !isReadOnly(user.roles);
}

export function assertCanRead(user: AuthenticatedUser, tenant: string): void {
  if (!canRead(user, tenant)) {
    throw forbidden('TENANT_READ_FORBIDDEN', `Anda tidak berhak melihat data dinas wilayah ${tenant}.`);
  }
}

export function assertCanWrite(user: AuthenticatedUser, tenant: string): void {
  if (isReadOnly(user.roles)) {
    throw forbidden('READ_ONLY_ROLE', 'Jabatan Anda hanya dapat melihat data, tidak dapat mengubahnya.');
  }
  if (!canWrite(user, tenant)) {
    throw forbidden('TENANT_WRITE_FORBIDDEN', `Anda hanya dapat mengubah data dinas Anda sendiri (wilayah ${user.tenant}).`);
  }
}

/**
 * The tenants a user reads, as exact codes plus code prefixes (`35.` for every regency of province 35).
 * Plain data: serialisable and usable with any query builder; see `tenantFilterSql` for PostgreSQL.
 */
export interface TenantFilter {
  tenants: string[];
  prefixes: string[];
}

export function readableTenantFilter(user: AuthenticatedUser): TenantFilter {
  return { tenants: [user.tenant], prefixes: readsWholeProvince(user) ? [`${user.tenant}.`] : [] };
}

export function tenantFilterMatches(filter: TenantFilter, tenant: string): boolean {
  return filter.tenants.includes(tenant) || filter.prefixes.some((prefix) => tenant.startsWith(prefix));
}

const COLUMN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

function likePattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A PostgreSQL condition for a filter: `(column = ANY($n::text[]) OR column LIKE ANY($n+1::text[]))`,
 * always with two parameters, numbered from `firstParam`.
 *
 *     const f = tenantFilterSql(readableTenantFilter(user), 'tenant', 1);
 *     pool.query(`SELECT * FROM sop_list WHERE ${f.sql}`, f.params);
 */
export function tenantFilterSql(filter: TenantFilter, column: string, firstParam = 1): { sql: string; params: [string[], string[]] } {
  if (!COLUMN.test(column)) throw new Error(`invalid column name: ${column}`);
  if (!Number.isInteger(firstParam) || firstParam < 1) throw new Error(`invalid parameter number: ${firstParam}`);
  return {
    sql: `(${column} = ANY($${firstParam}::text[]) OR ${column} LIKE ANY($${firstParam + 1}::text[]))`,
    params: [[...filter.tenants], filter.prefixes.map(likePattern)],
  };
}
