import { Inject, Injectable } from '@nestjs/common';
import type { IntegrationEvent } from '@jejak/contracts';
import { EVENT_TRANSPORT, validateIntegrationEvent, type ConsumerHandle, type DeliveryInfo, type EventTransport } from '@jejak/messaging';
import { complianceContractRegistry, CONSUMED_TOPICS } from './compliance-contracts';
import { CrossServiceLagMetric } from './cross-service-lag.metric';
import { IntegrationEventRecorder } from './integration-event-recorder';

export const COMPLIANCE_GROUP = 'compliance';

/**
 * Consumes integration events: validates each one (an invalid message is dead-lettered at once),
 * ignores types compliance does not use, and records the rest in compliance's own log.
 * Failures are retried by the transport, then dead-lettered — never dropped.
 */
@Injectable()
export class ComplianceInboxConsumer {
  private handle?: ConsumerHandle;
  private readonly registry = complianceContractRegistry();

  constructor(
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    private readonly recorder: IntegrationEventRecorder,
    private readonly lag: CrossServiceLagMetric,
  ) {}

  async start(): Promise<void> {
    this.handle = await this.transport.subscribe({
      group: COMPLIANCE_GROUP,
      topics: CONSUMED_TOPICS,
      handle: (event, delivery) => this.consume(event, delivery),
    });
  }

  async consume(raw: IntegrationEvent, delivery?: Pick<DeliveryInfo, 'topic'>): Promise<void> {
    if (!this.registry.get(raw.type)) return; // another consumer's business: not ours to record
    const event = validateIntegrationEvent(this.registry, raw);
    const recorded = await this.recorder.record(event);
    // The cross-service lag (fact's time → recorded here), once per event: a redelivery is not a new arrival.
    if (recorded && delivery) this.lag.observe(delivery.topic, event);
  }

  drained(): Promise<void> {
    if (!this.handle) throw new Error('compliance consumer is not running');
    return this.handle.drained();
  }

  async stop(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.stop();
  }
}
