import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { PlatformRequest } from './http-types';
import { ProblemException } from './problem.exception';

/** 1–200 printable ASCII characters (space to tilde). */
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,200}$/;

function invalid(): ProblemException {
  const message = 'Header Idempotency-Key harus berisi 1 sampai 200 karakter ASCII yang dapat dicetak, misalnya sebuah UUID.';
  return new ProblemException({ status: 400, code: 'INVALID_IDEMPOTENCY_KEY', detail: message, errors: [{ field: 'Idempotency-Key', message }] });
}

/**
 * The `Idempotency-Key` header: undefined when absent, the key (trimmed of surrounding spaces) when
 * it is 1–200 printable ASCII characters; anything else (empty, too long, control or non-ASCII
 * characters, the header sent twice) is a 400 naming the header.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    if (header.length !== 1) throw invalid();
    header = header[0];
  }
  const key = header.trim();
  if (!IDEMPOTENCY_KEY.test(key)) throw invalid();
  return key;
}

/**
 * Parameter decorator: the validated `Idempotency-Key` header, or undefined. Pass it to
 * `createIdFor` (@jejak/service-kit) so a retried create gets the same id.
 *
 *     @Post() create(@IdempotencyKey() key: string | undefined) { ... }
 */
export const IdempotencyKey = createParamDecorator((_options: unknown, context: ExecutionContext): string | undefined =>
  parseIdempotencyKey(context.switchToHttp().getRequest<PlatformRequest>().headers['idempotency-key']),
);
