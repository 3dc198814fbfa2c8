import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { PLATFORM_LOGGER } from '../observability/logger.factory';
import { configurePlatform, type ConfigurePlatformOptions } from './configure-platform';
import { GracefulShutdown, type GracefulShutdownOptions } from './graceful-shutdown';

export interface BootstrapOptions extends ConfigurePlatformOptions {
  /** The service's root module (a class or a dynamic module); it imports `PlatformModule.forRoot(...)`. */
  module: Type<unknown> | DynamicModule;
  serviceName: string;
  /** Default `PORT`; 0 picks a free port. */
  port?: number;
  /** Default `HOST`, then 127.0.0.1. */
  host?: string;
  /** How SIGTERM/SIGINT stop the service (see GracefulShutdown); the logger is the platform's. */
  shutdown?: Omit<GracefulShutdownOptions, 'logger'>;
}

function portFrom(value: number | undefined): number {
  const port = value ?? Number(process.env.PORT ?? NaN);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`no valid port for the service: pass { port } or set PORT (got ${process.env.PORT ?? 'nothing'})`);
  }
  return port;
}

/**
 * Creates, configures and starts a service: logs buffered until pino takes over, a graceful stop on
 * SIGTERM/SIGINT or when the launcher's IPC channel closes (new requests 503 at once, in-flight ones
 * finish, workers and pools stop, exit within 5 s: GracefulShutdown), listening on 127.0.0.1 unless
 * `HOST` says otherwise. Logs one line "<service> listening on http://<host>:<port>".
 */
export async function bootstrapService(options: BootstrapOptions): Promise<INestApplication> {
  const port = portFrom(options.port);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const app = await NestFactory.create(options.module, { bufferLogs: true });
  const shutdown = new GracefulShutdown(app, { ...options.shutdown, logger: app.get<Logger>(PLATFORM_LOGGER) });
  app.use(shutdown.middleware);
  configurePlatform(app, options);
  await app.listen(port, host);
  shutdown.install();
  const address = app.getHttpServer().address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  app.get<Logger>(PLATFORM_LOGGER).info(
    { port: address.port, host },
    `${options.serviceName} listening on http://${shownHost}:${address.port}`,
  );
  return app;
}
