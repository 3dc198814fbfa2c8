import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { NextFunction, PlatformRequest, PlatformResponse } from '../http/http-types';
import { problemType } from '../http/problem-details';
import { abortRequestsInFlight } from '../http/request-signal';

export interface GracefulShutdownOptions {
  logger: Logger;
  /** The whole stop, from the signal to `process.exit`; default 5 s. */
  totalMs?: number;
  /** Time in-flight requests get to finish before their connections are cut; default 3 s. */
  drainMs?: number;
  /** Ends the process; `process.exit` unless a test says otherwise. */
  exit?: (code: number) => void;
  /** Stop also when the parent's IPC channel closes (the launcher died); default true. */
  watchParent?: boolean;
}

/**
 * Tracks a service's HTTP requests and stops it in order, within `totalMs` even while keep-alive
 * clients keep sending:
 * 1. new requests answer 503 `SERVICE_STOPPING` with `Connection: close` at once, the listener
 *    closes (new connections are refused) and idle keep-alive connections are closed;
 * 2. in-flight requests finish (their responses carry `Connection: close`); after half of
 *    `drainMs` their request signals are aborted (`shutdown`) so retry loops end; after `drainMs`
 *    whatever is left is cut;
 * 3. `app.close()`: workers, subscriptions and pools stop;
 * 4. exit 0 (1 when a step failed or the total time ran out).
 */
export class GracefulShutdown {
  private stopping: Promise<void> | undefined;
  private inFlight = new Set<PlatformResponse>();
  private readonly totalMs: number;
  private readonly drainMs: number;
  private readonly exit: (code: number) => void;

  constructor(
    private readonly app: INestApplication,
    private readonly options: GracefulShutdownOptions,
  ) {
    this.totalMs = options.totalMs ?? 5_000;
    this.drainMs = Math.min(options.drainMs ?? 3_000, this.totalMs);
    this.exit = options.exit ?? ((code) => process.exit(code));
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** First middleware: counts in-flight requests; once stopping, refuses new ones. */
  readonly middleware = (req: PlatformRequest, res: PlatformResponse, next: NextFunction): void => {
    if (this.stopping) {
      const body = JSON.stringify({
        type: problemType('SERVICE_STOPPING'),
        title: 'Layanan tidak tersedia',
        status: 503,
        detail: 'Layanan sedang berhenti. Ulangi permintaan sebentar lagi.',
        instance: req.url ?? '/',
        code: 'SERVICE_STOPPING',
        errors: [],
        correlationId: String(req.id ?? ''),
      });
      res.shouldKeepAlive = false;
      res.writeHead(503, { 'Content-Type': 'application/problem+json', Connection: 'close', 'Retry-After': '1', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      // Do not read a body nobody will handle.
      req.resume();
      return;
    }
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.stopping) this.server().closeIdleConnections();
    });
    next();
  };

  /** Stops on SIGTERM and SIGINT (and when the launcher's IPC channel closes). */
  install(): this {
    process.once('SIGTERM', () => void this.stop('SIGTERM'));
    process.once('SIGINT', () => void this.stop('SIGINT'));
    if ((this.options.watchParent ?? true) && process.send !== undefined) {
      process.once('disconnect', () => void this.stop('parent gone'));
    }
    return this;
  }

  stop(why: string): Promise<void> {
    this.stopping ??= this.run(why);
    return this.stopping;
  }

  private server(): Server {
    return this.app.getHttpServer() as Server;
  }

  private async run(why: string): Promise<void> {
    const started = Date.now();
    const { logger } = this.options;
    const hardStop = setTimeout(() => {
      logger.error({ inFlight: this.inFlight.size }, `not stopped within ${this.totalMs} ms (${why}): exiting`);
      logger.flush();
      this.exit(1);
    }, this.totalMs);
    hardStop.unref();
    logger.info({ inFlight: this.inFlight.size }, `stopping (${why}): refusing new requests, finishing ${this.inFlight.size} in flight`);
    const server = this.server();
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.closeIdleConnections();
    let failed = false;
    try {
      const abortTimer = setTimeout(() => abortRequestsInFlight('shutdown'), this.drainMs / 2);
      const drained = await Promise.race([closed.then(() => true), sleep(this.drainMs).then(() => false)]);
      clearTimeout(abortTimer);
      if (!drained) {
        logger.warn({ inFlight: this.inFlight.size }, `cutting ${this.inFlight.size} request(s) still running after ${this.drainMs} ms`);
        server.closeAllConnections();
      }
      const left = Math.max(0, this.totalMs - (Date.now() - started) - 100);
      const appClosed = await Promise.race([this.app.close().then(() => true), sleep(left).then(() => false)]);
      if (!appClosed) throw new Error(`workers and pools did not stop within ${left} ms`);
      logger.info({ ms: Date.now() - started }, `stopped (${why})`);
    } catch (error) {
      failed = true;
      logger.error({ err: error }, `stop failed (${why})`);
    }
    clearTimeout(hardStop);
    logger.flush();
    this.exit(failed ? 1 : 0);
  }
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms).unref());
