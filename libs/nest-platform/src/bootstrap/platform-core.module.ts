import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { createPlatformLogger, PLATFORM_LOGGER } from '../observability/logger.factory';
import { PLATFORM_METRICS, PlatformMetrics } from '../observability/metrics.registry';
import { WorkerMonitor } from '../observability/worker-monitor';
import { PLATFORM_OPTIONS, type PlatformOptions } from './platform.options';

export interface PlatformOptionsFactory {
  imports?: ModuleMetadata['imports'];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest's factory signature
  useFactory: (...args: any[]) => PlatformOptions | Promise<PlatformOptions>;
  inject?: unknown[];
}

/** Holds the options and the per-app logger and metrics registry, so every platform part shares them. */
@Module({})
export class PlatformCoreModule {
  static create(source: { useValue: PlatformOptions } | PlatformOptionsFactory): DynamicModule {
    const optionsProvider =
      'useValue' in source
        ? { provide: PLATFORM_OPTIONS, useValue: source.useValue }
        : { provide: PLATFORM_OPTIONS, useFactory: source.useFactory, inject: (source.inject ?? []) as never[] };
    return {
      module: PlatformCoreModule,
      imports: 'useValue' in source ? [] : (source.imports ?? []),
      providers: [
        optionsProvider,
        {
          provide: PLATFORM_LOGGER,
          inject: [PLATFORM_OPTIONS],
          useFactory: (options: PlatformOptions) => createPlatformLogger(options.serviceName, options.logging),
        },
        {
          provide: PLATFORM_METRICS,
          inject: [PLATFORM_OPTIONS],
          useFactory: (options: PlatformOptions) => new PlatformMetrics(options.serviceName, options.metrics),
        },
        {
          // Background workers' state, for readiness and the worker gauges on /metrics.
          provide: WorkerMonitor,
          inject: [PLATFORM_METRICS],
          useFactory: (metrics: PlatformMetrics) => {
            const monitor = new WorkerMonitor();
            monitor.registerMetrics(metrics.registry);
            return monitor;
          },
        },
      ],
      exports: [PLATFORM_OPTIONS, PLATFORM_LOGGER, PLATFORM_METRICS, WorkerMonitor],
    };
  }
}
