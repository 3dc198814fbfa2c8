import type { WorkerStatus } from '@jejak/event-store';
import { Gauge, type Registry } from 'prom-client';

/** A background worker whose state readiness and `/metrics` report (projection runner, outbox relay, ...). */
export interface MonitoredWorker {
  /** The name it is registered under in the service (`projection`, `outbox`): the `worker` label. */
  readonly name: string;
  status(): Promise<WorkerStatus>;
}

export interface WorkerReport extends WorkerStatus {
  worker: string;
}

/**
 * The service's monitored workers (the service runtime registers them). Readiness (see
 * `HealthController`) and the worker gauges read it on each request; a status that cannot be read is
 * reported as `failed` with the reason.
 */
export class WorkerMonitor {
  private readonly workers = new Map<string, MonitoredWorker>();

  add(worker: MonitoredWorker): void {
    this.workers.set(worker.name, worker);
  }

  remove(name: string): void {
    this.workers.delete(name);
  }

  get size(): number {
    return this.workers.size;
  }

  async reports(): Promise<WorkerReport[]> {
    return Promise.all(
      [...this.workers.values()].map(async (worker): Promise<WorkerReport> => {
        try {
          return { worker: worker.name, ...(await worker.status()) };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { worker: worker.name, state: 'failed', error: `status unavailable: ${message}`, parked: 0, lagEvents: 0, lagSeconds: 0 };
        }
      }),
    );
  }

  /**
   * Registers, on the app's registry, per worker: `jejak_worker_up` (1 running or standby, 0 failed
   * or stopped), `jejak_worker_parked_events`, `jejak_worker_lag_events` (events in the log after its
   * checkpoint, counted up to 10 000) and `jejak_worker_lag_seconds` (0 when nothing is behind,
   * else seconds since the recorded time of the last event it processed). Read at scrape time.
   */
  registerMetrics(registry: Registry): void {
    const labelNames = ['worker'] as const;
    let pending: Promise<WorkerReport[]> | undefined;
    // One status read per scrape, shared by the four gauges.
    const snapshot = (): Promise<WorkerReport[]> => {
      pending ??= this.reports().finally(() => setImmediate(() => (pending = undefined)));
      return pending;
    };
    const gauge = (name: string, help: string, value: (r: WorkerReport) => number) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        async collect() {
          this.reset();
          for (const report of await snapshot()) this.set({ worker: report.worker }, value(report));
        },
      });
    gauge('jejak_worker_up', 'Whether a background worker is running (1) or failed/stopped (0)', (r) => (r.state === 'running' || r.state === 'standby' ? 1 : 0));
    gauge('jejak_worker_parked_events', 'Events a worker parked (could not handle) and that wait for a retry', (r) => r.parked);
    gauge('jejak_worker_lag_events', 'Events in the log after the worker checkpoint (counted up to 10000)', (r) => r.lagEvents);
    gauge('jejak_worker_lag_seconds', 'Seconds since the recorded time of the last processed event, while events are behind (0 when caught up)', (r) => r.lagSeconds);
  }
}
