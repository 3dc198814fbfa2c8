/** Why a command stopped before it wrote anything. */
export type CommandAbortReason = 'deadline' | 'client-gone' | 'shutdown' | 'aborted';

/**
 * A command (or unit of work) stopped retrying because its AbortSignal fired: the request's
 * deadline passed, the client went away or the service is stopping. Nothing was written by the
 * attempt that was abandoned. The HTTP edge answers 503 with `Retry-After` (see
 * `@jejak/nest-platform` request signal); a retry with the same client id or Idempotency-Key is safe.
 */
export class CommandAbortedError extends Error {
  readonly code = 'COMMAND_ABORTED';
  readonly reason: CommandAbortReason;

  constructor(what: string, signal: AbortSignal) {
    const reason = abortReasonOf(signal);
    super(`${what} stopped before writing: ${describe(reason)}`, { cause: signal.reason });
    this.name = 'CommandAbortedError';
    this.reason = reason;
  }
}

function describe(reason: CommandAbortReason): string {
  switch (reason) {
    case 'deadline':
      return 'the command deadline passed';
    case 'client-gone':
      return 'the client closed the connection';
    case 'shutdown':
      return 'the service is stopping';
    case 'aborted':
      return 'the command was aborted';
    default: {
      const never: never = reason;
      return String(never);
    }
  }
}

/**
 * Reads the reason from `signal.reason`: a `TimeoutError` (AbortSignal.timeout) is a deadline; an
 * object with `commandAbortReason` (set by the platform's request signal) says which one.
 */
export function abortReasonOf(signal: AbortSignal): CommandAbortReason {
  const reason: unknown = signal.reason;
  if (reason && typeof reason === 'object') {
    const tagged = (reason as { commandAbortReason?: unknown }).commandAbortReason;
    if (tagged === 'deadline' || tagged === 'client-gone' || tagged === 'shutdown') return tagged;
    if ((reason as { name?: unknown }).name === 'TimeoutError') return 'deadline';
  }
  return 'aborted';
}

/** Throws CommandAbortedError when `signal` has fired. */
export function throwIfCommandAborted(what: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CommandAbortedError(what, signal);
}

/** Waits `ms`, or rejects with CommandAbortedError as soon as `signal` fires. */
export function abortablePause(ms: number, what: string, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise((done) => setTimeout(done, ms));
  throwIfCommandAborted(what, signal);
  return new Promise((done, fail) => {
    const onAbort = () => {
      clearTimeout(timer);
      fail(new CommandAbortedError(what, signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      done();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
