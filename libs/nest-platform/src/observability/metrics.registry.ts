import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export const PLATFORM_METRICS = Symbol('PlatformMetrics');

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop, GC). Default true. */
  defaultMetrics?: boolean;
  /** Buckets of the request duration histogram, in seconds. */
  buckets?: number[];
}

/**
 * The app's Prometheus registry (one per app instance, so apps in one process, e.g. tests, do not collide)
 * and the HTTP request duration histogram. Services register their own metrics on `registry`.
 */
export class PlatformMetrics {
  readonly registry: Registry;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(serviceName: string, options: MetricsOptions = {}) {
    this.registry = new Registry();
    this.registry.setDefaultLabels({ service: serviceName });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.httpRequestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Duration of HTTP requests, by route pattern, method and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: options.buckets ?? [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  /** Route is the pattern (`/sops/:id`), never the raw path, to keep label cardinality bounded. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpRequestDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
