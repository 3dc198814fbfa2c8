import { Inject, Injectable, Optional, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type WorkerStatus } from '@jejak/event-store';
import { EVENT_TRANSPORT, type EventTransport } from '@jejak/messaging';
import { WorkerMonitor } from '@jejak/nest-platform';
import type { Pool } from 'pg';
import { PG_POOL, TRANSPORT_POOL } from './tokens';

/** A background worker of a service: outbox relay, projection runner, consumer. */
export interface BackgroundWorker {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Its own state, parked events and lag (projection runner, outbox relay); readiness and `/metrics` report it. */
  status?(): Promise<WorkerStatus>;
}

type Lifecycle = 'stopped' | 'running' | { failed: Error };

/**
 * Owns the order of a service's life: workers start after the app is bootstrapped and stop before
 * anything closes; then the transport, the event store and the pools close.
 *
 * Every registered worker is also put in the platform's `WorkerMonitor` (when the platform is
 * there): `/health/ready` is 503 while one is failed or stopped, and `degraded` (200) while one has
 * parked events. A worker without `status()` is reported from what the runtime knows: running once
 * its start resolved, failed when its start threw, stopped before start and after stop.
 */
@Injectable()
export class ServiceRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly workers: BackgroundWorker[] = [];
  private readonly lifecycle = new Map<BackgroundWorker, Lifecycle>();
  private started = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(TRANSPORT_POOL) private readonly transportPool: Pool | null,
    @Optional() private readonly monitor?: WorkerMonitor,
  ) {}

  /** Registers a worker; it starts with the app (or at once when the app already started). */
  async register(worker: BackgroundWorker): Promise<void> {
    this.workers.push(worker);
    this.lifecycle.set(worker, 'stopped');
    this.monitor?.add({ name: worker.name, status: () => this.statusOf(worker) });
    if (this.started) await this.startWorker(worker);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    for (const worker of this.workers) await this.startWorker(worker);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.started = false;
    for (const worker of [...this.workers].reverse()) {
      await worker.stop().catch(() => undefined);
      this.lifecycle.set(worker, 'stopped');
    }
  }

  /** The state of every registered worker, by name (the CLI and tests; readiness reads the monitor). */
  async statuses(): Promise<Record<string, WorkerStatus>> {
    const entries = await Promise.all(this.workers.map(async (worker) => [worker.name, await this.statusOf(worker)] as const));
    return Object.fromEntries(entries);
  }

  private async startWorker(worker: BackgroundWorker): Promise<void> {
    try {
      await worker.start();
      this.lifecycle.set(worker, 'running');
    } catch (error) {
      this.lifecycle.set(worker, { failed: error instanceof Error ? error : new Error(String(error)) });
      throw error;
    }
  }

  private async statusOf(worker: BackgroundWorker): Promise<WorkerStatus> {
    const lifecycle = this.lifecycle.get(worker) ?? 'stopped';
    if (typeof lifecycle === 'object') return { state: 'failed', error: lifecycle.failed.message, parked: 0, lagEvents: 0, lagSeconds: 0 };
    if (lifecycle === 'running' && worker.status) return worker.status();
    return { state: lifecycle, parked: 0, lagEvents: 0, lagSeconds: 0 };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close().catch(() => undefined);
    await this.store.close().catch(() => undefined);
    await this.transportPool?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}
