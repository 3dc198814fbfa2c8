import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '@jejak/domain-kit';
import {
  detailFor,
  problemType,
  titleFor,
  type ProblemDetails,
  type ProblemFieldError,
} from './problem-details';
import { ProblemException } from './problem.exception';

export interface ProblemContext {
  /** Request path, becomes `instance`. */
  instance: string;
  method: string;
  /** The request carried an `If-Match` header: a concurrency failure is then a 412. */
  hasIfMatch: boolean;
  correlationId: string;
}

export interface MappedProblem {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** Not a known failure: log it as an error (with its stack); the response says nothing about it. */
  unexpected: boolean;
}

const DOMAIN_STATUS: Record<DomainErrorKind, number> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  illegal_state: 409,
  concurrency: 409,
};

const DOMAIN_TITLES: Record<DomainErrorKind, string> = {
  validation: 'Permintaan tidak valid',
  forbidden: 'Akses ditolak',
  not_found: 'Data tidak ditemukan',
  illegal_state: 'Tindakan tidak dapat dilakukan pada keadaan data saat ini',
  concurrency: 'Data telah diubah oleh pengguna lain',
};

/** Nest's built-in English default messages, replaced by the Indonesian default detail of the status. */
const NEST_DEFAULT_MESSAGES = new Set(['Forbidden resource', 'Unauthorized', 'Internal server error']);

function codeForStatus(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string' ? name : status >= 500 ? 'INTERNAL_ERROR' : 'REQUEST_FAILED';
}

function build(
  status: number,
  code: string,
  detail: string,
  context: ProblemContext,
  options: { title?: string; errors?: ProblemFieldError[] } = {},
): ProblemDetails {
  return {
    type: problemType(code),
    title: options.title ?? titleFor(status),
    status,
    detail,
    instance: context.instance,
    code,
    errors: options.errors ?? [],
    correlationId: context.correlationId,
  };
}

function fromDomainError(error: DomainError, context: ProblemContext): ProblemDetails {
  const errors = error.details.map((d) => (d.field === undefined ? { message: d.message } : { field: d.field, message: d.message }));
  if (error.kind === 'concurrency') {
    const status = context.hasIfMatch ? 412 : 409;
    const detail =
      'Data telah diubah oleh pengguna lain sejak terakhir Anda muat. Muat ulang untuk melihat versi terbaru, lalu ulangi tindakan Anda.';
    return build(status, error.code, detail, context, { title: context.hasIfMatch ? titleFor(412) : DOMAIN_TITLES.concurrency, errors });
  }
  const status = DOMAIN_STATUS[error.kind] ?? 500;
  return build(status, error.code, error.message, context, { title: DOMAIN_TITLES[error.kind], errors });
}

function messagesOf(response: unknown): string[] {
  if (typeof response === 'string') return [response];
  if (response && typeof response === 'object' && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (typeof message === 'string') return [message];
    if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string');
  }
  return [];
}

function fromHttpException(exception: HttpException, context: ProblemContext): ProblemDetails {
  const status = exception.getStatus();
  const messages = messagesOf(exception.getResponse());
  const message = messages.length === 1 ? messages[0] : undefined;
  if (status === 404 && message?.startsWith(`Cannot ${context.method} `)) {
    return build(404, 'ROUTE_NOT_FOUND', `Alamat ${context.method} ${context.instance} tidak ada.`, context);
  }
  const isStatusPhrase = message !== undefined && message.toUpperCase().replace(/[\s-]+/g, '_') === HttpStatus[status];
  const useDefault = message === undefined || NEST_DEFAULT_MESSAGES.has(message) || isStatusPhrase || status >= 500;
  const errors = messages.length > 1 ? messages.map((m) => ({ message: m })) : [];
  return build(status, codeForStatus(status), useDefault ? detailFor(status) : message, context, { errors });
}

interface ExposedHttpError {
  status: number;
  message: string;
  type?: string;
}

/** Errors of the http-errors family (body-parser, raw-body) that are safe to show: `expose` is set and status is 4xx. */
function asExposedHttpError(error: unknown): ExposedHttpError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const candidate = error as { expose?: unknown; status?: unknown; statusCode?: unknown; message?: unknown; type?: unknown };
  const status = typeof candidate.status === 'number' ? candidate.status : candidate.statusCode;
  if (candidate.expose !== true || typeof status !== 'number' || status < 400 || status > 499) return undefined;
  return {
    status,
    message: typeof candidate.message === 'string' ? candidate.message : '',
    type: typeof candidate.type === 'string' ? candidate.type : undefined,
  };
}

/** Maps anything thrown while serving a request to problem details. Pure: no logging, no I/O. */
export function toProblem(exception: unknown, context: ProblemContext): MappedProblem {
  const headers: Record<string, string> = {};
  let problem: ProblemDetails;
  let unexpected = false;
  if (exception instanceof ProblemException) {
    const p = exception.problem;
    problem = build(p.status, p.code, p.detail, context, { title: p.title, errors: p.errors });
    Object.assign(headers, p.headers);
  } else if (exception instanceof DomainError) {
    problem = fromDomainError(exception, context);
  } else if (exception instanceof HttpException) {
    problem = fromHttpException(exception, context);
    unexpected = problem.status >= 500;
  } else {
    const exposed = asExposedHttpError(exception);
    if (exposed) {
      problem = build(exposed.status, codeForStatus(exposed.status), detailFor(exposed.status), context);
    } else {
      problem = build(500, 'INTERNAL_ERROR', detailFor(500), context);
      unexpected = true;
    }
  }
  if (problem.status === 401 && !Object.keys(headers).some((h) => h.toLowerCase() === 'www-authenticate')) {
    headers['WWW-Authenticate'] = 'Bearer';
  }
  return { problem, headers, unexpected };
}
