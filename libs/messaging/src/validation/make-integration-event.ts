import type { ContractViolation, IntegrationContract, IntegrationEvent } from '@jejak/contracts';
import { SPEC_VERSION } from '@jejak/contracts';
import { randomUUID } from 'node:crypto';
import { describeViolations, envelopeViolations } from './envelope-rules';

export interface IntegrationEventInput<Data> {
  /** Default: a random UUID. The outbox relay sets a deterministic one (see `integrationEventId`). */
  id?: string;
  /** URI-reference of the producing service, e.g. `/jejak/sop-catalogue`. */
  source: string;
  /** The aggregate the event is about. */
  subject: string;
  /** Time of the fact; default now. */
  time?: Date | string;
  tenant: string;
  correlationId: string;
  causationId?: string | null;
  /** Default: `subject`. */
  partitionKey?: string;
  data: Data;
}

/** A producer built an event its own contract rejects: a programming error, never sent. */
export class InvalidIntegrationEventError extends Error {
  constructor(
    message: string,
    readonly violations: ContractViolation[],
  ) {
    super(message);
    this.name = 'InvalidIntegrationEventError';
  }
}

/** Builds a CloudEvent for `contract` (type and schema version from it) and checks envelope and data. */
export function makeIntegrationEvent<Data>(contract: IntegrationContract<Data>, input: IntegrationEventInput<Data>): IntegrationEvent<Data> {
  const event: IntegrationEvent<Data> = {
    specversion: SPEC_VERSION,
    id: input.id ?? randomUUID(),
    source: input.source,
    type: contract.type,
    time: input.time instanceof Date ? input.time.toISOString() : (input.time ?? new Date().toISOString()),
    subject: input.subject,
    datacontenttype: 'application/json',
    tenant: input.tenant,
    schemaversion: contract.version,
    correlationid: input.correlationId,
    ...(input.causationId ? { causationid: input.causationId } : {}),
    partitionkey: input.partitionKey ?? input.subject,
    data: input.data,
  };
  const violations = [
    ...envelopeViolations(event),
    ...contract.validate(input.data).map((v) => ({ field: v.field ? `data.${v.field}` : 'data', message: v.message })),
  ];
  if (violations.length > 0) throw new InvalidIntegrationEventError(`invalid ${contract.type}: ${describeViolations(violations)}`, violations);
  return event;
}
