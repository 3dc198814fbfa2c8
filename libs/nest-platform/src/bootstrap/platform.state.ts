import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { PLATFORM_LOGGER } from '../observability/logger.factory';
import { PLATFORM_METRICS, PlatformMetrics } from '../observability/metrics.registry';

/** Remembers whether `configurePlatform(app)` ran, and releases per-app resources at shutdown. */
@Injectable()
export class PlatformState implements OnApplicationBootstrap, OnApplicationShutdown {
  configured = false;

  constructor(
    @Inject(PLATFORM_LOGGER) private readonly logger: Logger,
    @Inject(PLATFORM_METRICS) private readonly metrics: PlatformMetrics,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.configured) {
      this.logger.warn(
        'configurePlatform(app) was not called before init: no correlation ids, request logs, metrics, JSON error handling or OpenAPI',
      );
    }
  }

  onApplicationShutdown(): void {
    this.metrics.registry.clear();
    this.logger.flush();
  }
}
