import { AsyncLocalStorage } from 'node:async_hooks';
import { createParamDecorator, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { CommandAbortedError, type CommandAbortReason } from '@jejak/event-store';
import type { NextFunction, PlatformRequest, PlatformResponse } from './http-types';
import { ProblemException } from './problem.exception';

/** Default deadline of a request's commands, overridden by `COMMAND_DEADLINE_MS` or `PlatformOptions.commandDeadlineMs`. */
export const DEFAULT_COMMAND_DEADLINE_MS = 10_000;

const REQUEST_SIGNAL = Symbol('jejak.requestSignal');
const storage = new AsyncLocalStorage<AbortSignal>();
/** Controllers of the requests being served, so a stopping service can abort their retry loops. */
const live = new Set<AbortController>();

/** The reason a request's signal carries: `commandAbortReason` tells CommandAbortedError which one. */
export class RequestAbortReason extends Error {
  constructor(readonly commandAbortReason: Exclude<CommandAbortReason, 'aborted'>) {
    super(`request aborted: ${commandAbortReason}`);
    this.name = commandAbortReason === 'deadline' ? 'TimeoutError' : 'AbortError';
  }
}

/** `COMMAND_DEADLINE_MS` (a positive integer of milliseconds), else the default. */
export function commandDeadlineFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.COMMAND_DEADLINE_MS;
  if (raw === undefined || raw === '') return DEFAULT_COMMAND_DEADLINE_MS;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`COMMAND_DEADLINE_MS must be a positive integer of milliseconds, got ${JSON.stringify(raw)}`);
  return value;
}

/**
 * Gives every request an AbortSignal, aborted when the client closes the connection before the
 * response is sent, or when `deadlineMs` has passed. Handlers read it with `@RequestSignal()`;
 * code further down (CommandPipeline) finds it with `currentRequestSignal()`.
 */
export function createRequestSignalMiddleware(options: { deadlineMs: number }) {
  return (req: PlatformRequest, res: PlatformResponse, next: NextFunction): void => {
    const controller = new AbortController();
    live.add(controller);
    const timer = setTimeout(() => controller.abort(new RequestAbortReason('deadline')), options.deadlineMs);
    timer.unref();
    const settle = () => {
      clearTimeout(timer);
      live.delete(controller);
    };
    res.once('finish', settle);
    res.once('close', () => {
      settle();
      if (!res.writableFinished) controller.abort(new RequestAbortReason('client-gone'));
    });
    (req as PlatformRequest & { [REQUEST_SIGNAL]?: AbortSignal })[REQUEST_SIGNAL] = controller.signal;
    storage.run(controller.signal, next);
  };
}

/** The signal of the request being served (undefined outside a request). */
export function currentRequestSignal(): AbortSignal | undefined {
  return storage.getStore();
}

/** Aborts every request still being served (a stopping service: their retry loops end at once). */
export function abortRequestsInFlight(reason: Exclude<CommandAbortReason, 'aborted'> = 'shutdown'): number {
  const controllers = [...live];
  for (const controller of controllers) controller.abort(new RequestAbortReason(reason));
  return controllers.length;
}

/** The request's AbortSignal as a handler parameter: `handle(@RequestSignal() signal: AbortSignal)`. */
export const RequestSignal = createParamDecorator((_data: unknown, context: ExecutionContext): AbortSignal => {
  const req = context.switchToHttp().getRequest<PlatformRequest & { [REQUEST_SIGNAL]?: AbortSignal }>();
  return req[REQUEST_SIGNAL] ?? currentRequestSignal() ?? new AbortController().signal;
});

const DETAILS: Record<CommandAbortReason, string> = {
  deadline: 'Permintaan dihentikan karena melewati batas waktu pemrosesan; tidak ada data yang disimpan oleh percobaan terakhir. Ulangi permintaan yang sama.',
  'client-gone': 'Koneksi ditutup oleh klien sebelum permintaan selesai; tidak ada data yang disimpan oleh percobaan terakhir.',
  shutdown: 'Layanan sedang berhenti; tidak ada data yang disimpan oleh percobaan terakhir. Ulangi permintaan yang sama sebentar lagi.',
  aborted: 'Permintaan dihentikan sebelum selesai; tidak ada data yang disimpan oleh percobaan terakhir. Ulangi permintaan yang sama.',
};

/** A stopped command as RFC 7807: 503 with Retry-After, code `COMMAND_ABORTED`, the reason in `errors`. */
export function commandAbortedProblem(error: CommandAbortedError): ProblemException {
  return new ProblemException(
    {
      status: 503,
      code: 'COMMAND_ABORTED',
      detail: DETAILS[error.reason],
      errors: [{ message: error.reason }],
      headers: { 'Retry-After': '1' },
    },
    { cause: error },
  );
}

/** Maps CommandAbortedError (and an AbortError/TimeoutError after the request's signal fired) to the 503 problem. */
@Injectable()
export class CommandAbortedInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof CommandAbortedError) throw commandAbortedProblem(error);
        const signal = context.getType() === 'http'
          ? context.switchToHttp().getRequest<PlatformRequest & { [REQUEST_SIGNAL]?: AbortSignal }>()[REQUEST_SIGNAL]
          : undefined;
        const name = error instanceof Error ? error.name : undefined;
        if (signal?.aborted && (name === 'AbortError' || name === 'TimeoutError')) {
          throw commandAbortedProblem(new CommandAbortedError('request', signal));
        }
        throw error;
      }),
    );
  }
}
