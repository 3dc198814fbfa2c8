import { HttpException } from '@nestjs/common';
import type { ProblemFieldError } from './problem-details';

export interface ProblemInit {
  status: number;
  /** Machine-readable, English, UPPER_SNAKE_CASE. */
  code: string;
  /** Users read it: Bahasa Indonesia. */
  detail: string;
  /** Defaults to the title of the status. */
  title?: string;
  errors?: ProblemFieldError[];
  /** Extra response headers, e.g. `WWW-Authenticate`. */
  headers?: Record<string, string>;
}

/** An HTTP failure that already knows its problem details. Thrown by the platform's guard, pipe and decorators. */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: ProblemInit,
    options?: { cause?: unknown },
  ) {
    super(problem.detail, problem.status, options);
    this.name = 'ProblemException';
  }
}
