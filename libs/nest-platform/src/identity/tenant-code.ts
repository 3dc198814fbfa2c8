/**
 * A tenant is a dinas, identified by the Kemendagri code of its region: a province (`35`)
 * or a regency/city (`35.01`, `61.71`).
 */
const TENANT_CODE = /^[1-9][0-9](\.[0-9]{2})?$/;

export function isTenantCode(value: unknown): value is string {
  return typeof value === 'string' && TENANT_CODE.test(value);
}

/** True for a province code (`35`), false for a regency/city code (`35.01`). */
export function isProvinceCode(tenant: string): boolean {
  return isTenantCode(tenant) && !tenant.includes('.');
}

/** The province a tenant belongs to: `35.01` → `35`, `35` → `35`. */
export function provinceOf(tenant: string): string {
  return tenant.split('.')[0];
}
