import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { NextFunction, PlatformRequest, PlatformResponse } from '../http/http-types';
import { requestPath } from '../http/http-types';
import { CORRELATION_HEADER, correlationIdFrom, runWithCorrelationId } from './correlation.context';
import type { PlatformMetrics } from './metrics.registry';

/** Route label of requests that matched no route (404s, body errors), to keep cardinality bounded. */
export const UNMATCHED_ROUTE = '<unmatched>';

const APPLIED = Symbol('jejak.requestContext');
const QUIET_PATHS = /^\/(health(\/.*)?|metrics)$/;

export interface RequestContextOptions {
  logger: Logger;
  metrics?: PlatformMetrics;
}

type Middleware = (req: PlatformRequest, res: PlatformResponse, next: NextFunction) => void;

/** Catch-all patterns belong to middleware (e.g. nestjs-pino's `{*path}`), not to a handler. */
const CATCH_ALL = /^\/?(\*|\{\*[^}]*\}|\(\.\*\))$/;

function routeOf(req: PlatformRequest): string {
  const pattern = req.route?.path;
  if (typeof pattern !== 'string' || CATCH_ALL.test(pattern)) return UNMATCHED_ROUTE;
  return `${req.baseUrl ?? ''}${pattern}`;
}

/**
 * First middleware of every request: takes `X-Correlation-Id` (or makes one) and echoes it, runs the rest
 * of the request inside its AsyncLocalStorage context, logs the request with pino-http (`correlationId`
 * on the request logger, so every log line of the request carries it) and times it for Prometheus.
 */
export function createRequestContextMiddleware(options: RequestContextOptions): Middleware {
  const httpLogger = pinoHttp<PlatformRequest, PlatformResponse>({
    logger: options.logger,
    genReqId: (req) => req.id as string,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      if (QUIET_PATHS.test(requestPath(req))) return 'debug';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: (req, res, ms) => `${req.method} ${requestPath(req)} ${res.statusCode} ${ms}ms`,
    customErrorMessage: (req, res) => `${req.method} ${requestPath(req)} ${res.statusCode}`,
  });

  return (req, res, next) => {
    const marked = req as PlatformRequest & { [APPLIED]?: true };
    if (marked[APPLIED]) return next();
    marked[APPLIED] = true;
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    req.id = correlationId;
    res.setHeader(CORRELATION_HEADER, correlationId);
    const metrics = options.metrics;
    if (metrics) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.observeRequest(req.method ?? 'UNKNOWN', routeOf(req), res.statusCode, seconds);
      });
    }
    runWithCorrelationId(correlationId, () => httpLogger(req, res, next));
  };
}
