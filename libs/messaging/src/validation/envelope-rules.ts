import type { ContractViolation } from '@jejak/contracts';
import { SPEC_VERSION } from '@jejak/contracts';

/** RFC 3339 date-time with a time zone (what `Date.prototype.toISOString` produces, among others). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** Kemendagri region code: province `35`, regency `35.01`, district `35.01.01`, village `35.01.01.2001`. */
const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Violations of the Jejak CloudEvents 1.0 envelope (see `IntegrationEvent`); empty when valid. */
export function envelopeViolations(raw: unknown): ContractViolation[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ field: '', message: 'must be a JSON object' }];
  const e = raw as Record<string, unknown>;
  const violations: ContractViolation[] = [];
  const check = (field: string, ok: boolean, message: string) => {
    if (!ok) violations.push({ field, message });
  };
  check('specversion', e.specversion === SPEC_VERSION, `must be "${SPEC_VERSION}"`);
  for (const field of ['id', 'source', 'type', 'subject', 'correlationid', 'partitionkey']) {
    check(field, isNonEmptyString(e[field]), 'must be a non-empty string');
  }
  check('time', typeof e.time === 'string' && RFC3339.test(e.time) && !Number.isNaN(Date.parse(e.time)), 'must be an RFC 3339 date-time');
  check('tenant', typeof e.tenant === 'string' && REGION_CODE.test(e.tenant), 'must be a Kemendagri region code, e.g. 35.01');
  check('schemaversion', Number.isInteger(e.schemaversion) && (e.schemaversion as number) >= 1, 'must be a positive integer');
  if (e.causationid !== undefined && e.causationid !== null) check('causationid', isNonEmptyString(e.causationid), 'must be a non-empty string when present');
  if (e.datacontenttype !== undefined) check('datacontenttype', e.datacontenttype === 'application/json', 'must be "application/json"');
  check('data', e.data !== undefined, 'is required');
  return violations;
}

export function describeViolations(violations: ContractViolation[]): string {
  return violations.map((v) => (v.field ? `${v.field}: ${v.message}` : v.message)).join('; ');
}
