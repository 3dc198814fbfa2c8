import type { ContractRegistry, ContractViolation, IntegrationEvent } from '@jejak/contracts';
import { PoisonMessageError } from '../transport.port';
import { describeViolations, envelopeViolations } from './envelope-rules';

/** Envelope and contract violations of a received message; empty when it is valid. */
export function integrationEventViolations(registry: ContractRegistry, raw: unknown): ContractViolation[] {
  const violations = envelopeViolations(raw);
  if (violations.some((v) => v.field === '' || v.field === 'type')) return violations;
  const event = raw as Record<string, unknown>;
  const contract = registry.get(event.type as string);
  if (!contract) return [...violations, { field: 'type', message: `unknown integration event type "${String(event.type)}"` }];
  if (Number.isInteger(event.schemaversion) && event.schemaversion !== contract.version) {
    violations.push({ field: 'schemaversion', message: `must be ${contract.version} for ${contract.type}` });
  }
  if (event.data !== undefined) {
    for (const v of contract.validate(event.data)) violations.push({ field: v.field ? `data.${v.field}` : 'data', message: v.message });
  }
  return violations;
}

/**
 * Checks a received message against the CloudEvents envelope and its registered contract.
 * Throws PoisonMessageError (dead-lettered at once by the transport) listing every violation.
 */
export function validateIntegrationEvent<Data = unknown>(registry: ContractRegistry, raw: unknown): IntegrationEvent<Data> {
  const violations = integrationEventViolations(registry, raw);
  if (violations.length > 0) {
    const type = typeof raw === 'object' && raw !== null ? String((raw as Record<string, unknown>).type) : 'message';
    throw new PoisonMessageError(`invalid ${type}: ${describeViolations(violations)}`, violations);
  }
  return raw as IntegrationEvent<Data>;
}
