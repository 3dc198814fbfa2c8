import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { setupOpenApi, type DocsOptions } from '../docs/openapi';
import { translateBodyParserErrors } from '../http/body-parser-errors.middleware';
import { createWriteReceiptMiddleware } from '../http/read-consistency';
import { commandDeadlineFromEnv, createRequestSignalMiddleware } from '../http/request-signal';
import { PLATFORM_LOGGER } from '../observability/logger.factory';
import { PLATFORM_METRICS, PlatformMetrics } from '../observability/metrics.registry';
import { createRequestContextMiddleware } from '../observability/request-context.middleware';
import { PLATFORM_OPTIONS, type PlatformOptions } from './platform.options';
import { PlatformState } from './platform.state';

export interface ConfigurePlatformOptions {
  /** Overrides `PlatformOptions.docs`. */
  docs?: DocsOptions | false;
  /** Overrides `PlatformOptions.bodyLimit`. */
  bodyLimit?: string;
}

/**
 * Applies the platform to an app created from a module that imports `PlatformModule`: Nest logs through
 * pino, the request context middleware (correlation id, request log, metrics) first, the JSON body parser
 * with clear errors, and OpenAPI. Call before `app.init()`/`listen()`; works on apps from `Test.createTestingModule`.
 */
export function configurePlatform<T extends INestApplication>(app: T, overrides: ConfigurePlatformOptions = {}): T {
  const options = app.get<PlatformOptions>(PLATFORM_OPTIONS);
  const state = app.get(PlatformState);
  if (state.configured) return app;

  app.useLogger(app.get(NestPinoLogger));
  app.flushLogs();
  app.use(createRequestContextMiddleware({ logger: app.get<Logger>(PLATFORM_LOGGER), metrics: app.get<PlatformMetrics>(PLATFORM_METRICS) }));
  app.use(createRequestSignalMiddleware({ deadlineMs: options.commandDeadlineMs ?? commandDeadlineFromEnv() }));
  app.use(createWriteReceiptMiddleware());
  // No weak body-hash ETags: an ETag is the stream revision a handler sets (`setETag`), and Express
  // still answers 304 to a matching If-None-Match on it.
  (app as unknown as NestExpressApplication).set('etag', false);
  (app as unknown as NestExpressApplication).useBodyParser('json', { limit: overrides.bodyLimit ?? options.bodyLimit ?? '1mb' });
  app.use(translateBodyParserErrors);

  const docs = overrides.docs ?? options.docs ?? {};
  if (docs !== false) setupOpenApi(app, options.serviceName, docs);

  state.configured = true;
  return app;
}
