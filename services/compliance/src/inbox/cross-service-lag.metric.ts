import { Inject, Injectable } from '@nestjs/common';
import type { IntegrationEvent } from '@jejak/contracts';
import { PLATFORM_METRICS, type PlatformMetrics } from '@jejak/nest-platform';
import { Histogram } from 'prom-client';

export const CROSS_SERVICE_LAG_METRIC = 'jejak_inbox_cross_service_lag_seconds';

/**
 * How long another service's fact takes to reach compliance: the wall-clock time compliance recorded an integration
 * event minus the event's CloudEvents `time` (when the fact happened in its service), by source topic. On `/metrics`
 * as `jejak_inbox_cross_service_lag_seconds` (target for the SOP catalogue: p50 ≈ 140 ms, p99 < 500 ms).
 * Redeliveries of an event already recorded are not observed again.
 */
@Injectable()
export class CrossServiceLagMetric {
  private readonly histogram: Histogram<'topic'>;

  constructor(@Inject(PLATFORM_METRICS) metrics: PlatformMetrics) {
    this.histogram = new Histogram({
      name: CROSS_SERVICE_LAG_METRIC,
      help: "Seconds from an integration event's time in its source service to its recording in compliance's inbox, by source topic",
      labelNames: ['topic'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [metrics.registry],
    });
  }

  /** Observes one recorded event; an event without a readable time (or from the future, clock skew) counts as 0. */
  observe(topic: string, event: Pick<IntegrationEvent, 'time'>, recordedAt: number = Date.now()): void {
    const time = Date.parse(event.time);
    if (Number.isNaN(time)) return;
    this.histogram.observe({ topic }, Math.max(0, (recordedAt - time) / 1000));
  }
}
