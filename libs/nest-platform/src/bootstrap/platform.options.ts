import type { HealthIndicatorFunction } from '@nestjs/terminus';
import type { Pool } from 'pg';
import type { DocsOptions } from '../docs/openapi';
import type { AuthConfig } from '../identity/auth-config';
import type { LoggingOptions } from '../observability/logger.factory';
import type { MetricsOptions } from '../observability/metrics.registry';

export const PLATFORM_OPTIONS = Symbol('PlatformOptions');

export interface PlatformOptions {
  /** e.g. `sop-catalogue`: in every log line, metric and the OpenAPI title. */
  serviceName: string;
  /** Token verification (`authConfigFromEnv()` in a service, `startTestIssuer().authConfig` in tests). */
  auth: AuthConfig;
  /** The service's PostgreSQL pool: `GET /health/ready` pings it. */
  pool?: Pool;
  /** More readiness checks (event store, broker, ...), in Terminus form. */
  readinessChecks?: HealthIndicatorFunction[];
  logging?: LoggingOptions;
  metrics?: MetricsOptions;
  /** OpenAPI at `/docs` and `/docs-json`; `false` turns it off. */
  docs?: DocsOptions | false;
  /** Largest JSON body accepted; default `1mb`. */
  bodyLimit?: string;
  /** Deadline of each request's AbortSignal (`@RequestSignal()`); default `COMMAND_DEADLINE_MS`, then 10 s. */
  commandDeadlineMs?: number;
}
