import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport } from '@jejak/messaging';
import type { Pool } from 'pg';
import { PG_POOL, TRANSPORT_POOL } from './tokens';

/** A background worker of a service: outbox relay, projection runner, consumer. */
export interface BackgroundWorker {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Owns the order of a service's life: workers start after the app is bootstrapped and stop before
 * anything closes; then the transport, the event store and the pools close.
 */
@Injectable()
export class ServiceRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly workers: BackgroundWorker[] = [];
  private started = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT_POOL) private readonly transportPool: Pool | null,
  ) {}

  /** Registers a worker; it starts with the app (or at once when the app already started). */
  async register(worker: BackgroundWorker): Promise<void> {
    this.workers.push(worker);
    if (this.started) await worker.start();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    for (const worker of this.workers) await worker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const worker of [...this.workers].reverse()) await worker.stop().catch(() => undefined);
    this.started = false;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close().catch(() => undefined);
    await this.store.close().catch(() => undefined);
    await this.transportPool?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}
