import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import { CORRELATION_HEADER, currentCorrelationId, correlationIdFrom } from '../observability/correlation.context';
import { PLATFORM_LOGGER } from '../observability/logger.factory';
import { requestPath, type PlatformRequest, type PlatformResponse } from './http-types';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './problem.mapper';

/**
 * Answers every failure of an HTTP request with RFC 7807 problem details (`application/problem+json`).
 * Known failures keep their meaning; anything else is a 500 that reveals nothing and is logged with its stack.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(PLATFORM_LOGGER) private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const req = host.switchToHttp().getRequest<PlatformRequest>();
    const res = host.switchToHttp().getResponse<PlatformResponse>();
    const correlationId =
      currentCorrelationId() ?? (res.getHeader(CORRELATION_HEADER) as string | undefined) ?? correlationIdFrom(req.headers[CORRELATION_HEADER]);
    const { problem, headers, unexpected } = toProblem(exception, {
      instance: requestPath(req),
      method: req.method ?? 'GET',
      hasIfMatch: req.headers['if-match'] !== undefined,
      correlationId,
    });
    if (unexpected) {
      this.logger.error({ err: exception, correlationId, method: req.method, path: problem.instance }, 'unhandled error while serving a request');
    } else {
      this.logger.debug({ correlationId, status: problem.status, code: problem.code }, problem.detail);
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = JSON.stringify(problem);
    res.statusCode = problem.status;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader(CORRELATION_HEADER, correlationId);
    res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }
}
