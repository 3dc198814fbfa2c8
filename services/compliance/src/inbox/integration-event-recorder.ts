import { Inject, Injectable } from '@nestjs/common';
import { CASE_FACT_TYPES, type IntegrationEvent } from '@jejak/contracts';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { handleOnce } from '@jejak/messaging';
import { PG_POOL } from '@jejak/service-kit';
import type { Pool } from 'pg';
import { complianceCaseFactsStream, complianceSopStream, INBOX_CONSUMER, INBOX_SCHEMA } from './compliance-inbox.streams';

/** How a consumed integration event is stored: its envelope facts and its data, unchanged. */
export interface RecordedIntegrationData<Payload = unknown> {
  source: string;
  subject: string;
  /** The time of the fact (CloudEvents `time`), not the time compliance consumed it. */
  time: string;
  payload: Payload;
}

/** The stream a consumed integration event is recorded in. */
export function streamFor(event: IntegrationEvent): string {
  if ((CASE_FACT_TYPES as readonly string[]).includes(event.type)) {
    return complianceCaseFactsStream(event.source, (event.data as { caseId: string }).caseId);
  }
  return complianceSopStream(event.subject);
}

/**
 * Records a validated integration event in compliance's own log exactly once: the inbox row and the
 * append commit in ONE transaction, so a redelivered message changes nothing.
 */
@Injectable()
export class IntegrationEventRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async record(event: IntegrationEvent): Promise<boolean> {
    const metadata = {
      tenant: event.tenant,
      actor: actorOf(event),
      correlationId: event.correlationid,
      causationId: event.id,
    };
    const data: RecordedIntegrationData = { source: event.source, subject: event.subject, time: event.time, payload: event.data };
    const newEvent = { id: event.id, type: event.type, schemaVersion: event.schemaversion, data, metadata };
    const inbox = { consumer: INBOX_CONSUMER, schema: INBOX_SCHEMA };
    if (this.store.capabilities.sqlInUnitOfWork) {
      // PostgreSQL: the append joins the inbox row's transaction (one commit for both).
      return handleOnce(this.pool, inbox, event, async (client) => {
        await this.store.unitOfWork((uow) => uow.append(streamFor(event), [newEvent], { expectedRevision: 'any' }), { within: client });
      });
    }
    // DELIBERATE FALLBACK where the event store cannot share the inbox's SQL transaction (KurrentDB; the in-memory
    // store of unit tests): the append commits first, then the inbox row. The deterministic event id makes a repeated
    // append after a crash in between harmless on KurrentDB, which deduplicates by event id.
    return handleOnce(this.pool, inbox, event, async () => {
      await this.store.append(streamFor(event), [newEvent], { expectedRevision: 'any' });
    });
  }
}

function actorOf(event: IntegrationEvent): { userId: string; role: string; name?: string } {
  const actor = (event.data as { actor?: { userId?: unknown; role?: unknown; name?: unknown } }).actor;
  if (actor && typeof actor.userId === 'string' && typeof actor.role === 'string') {
    return { userId: actor.userId, role: actor.role, ...(typeof actor.name === 'string' ? { name: actor.name } : {}) };
  }
  return { userId: `system:${event.source}`, role: 'SYSTEM' };
}
