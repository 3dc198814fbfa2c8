import { ValidationPipe, type ArgumentMetadata, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import type { ProblemFieldError } from './problem-details';
import { ProblemException } from './problem.exception';
import { localiseConstraintMessage } from './validation-messages';
import { findUnsafeInput } from './validation/input-safety';

/**
 * Flattens class-validator errors to `{ field, message }` with full paths: `steps.2.waktu` for
 * the `waktu` of the third step. One entry per failed constraint.
 */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): ProblemFieldError[] {
  const result: ProblemFieldError[] = [];
  for (const error of errors) {
    const property = error.property ?? '';
    const field = parent && property ? `${parent}.${property}` : parent || property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const entry: ProblemFieldError = { message: localiseConstraintMessage(constraint, property, message) };
      if (field) entry.field = field;
      result.push(entry);
    }
    if (error.children && error.children.length > 0) result.push(...flattenValidationErrors(error.children, field));
  }
  return result;
}

export function validationProblem(errors: ProblemFieldError[]): ProblemException {
  const fields = [...new Set(errors.map((e) => e.field).filter((f): f is string => !!f))];
  return new ProblemException({
    status: 400,
    code: 'VALIDATION_FAILED',
    detail:
      fields.length > 0
        ? `Isian tidak valid pada ${fields.length} kolom: ${fields.join(', ')}.`
        : 'Isi permintaan tidak valid.',
    errors,
  });
}

const INSPECTED: ReadonlySet<ArgumentMetadata['type']> = new Set(['body', 'query', 'param']);

/**
 * Nest's ValidationPipe behind a first look at the raw input (`findUnsafeInput`): nesting deeper than
 * 64 levels (which would overflow class-transformer's recursion), `__proto__`/`constructor`/`prototype`
 * keys, NUL bytes and lone surrogates in a body, a query or a path parameter are a 400 naming the field,
 * before anything is transformed and before the handler runs.
 */
export class PlatformValidationPipe extends ValidationPipe {
  constructor(
    options: ValidationPipeOptions,
    private readonly maxDepth?: number,
  ) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (INSPECTED.has(metadata.type)) {
      const errors = findUnsafeInput(value, { root: metadata.data ?? '', maxDepth: this.maxDepth });
      if (errors.length > 0) throw validationProblem(errors);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The platform's validation: unsafe input is refused first (see `PlatformValidationPipe`), unknown
 * fields are rejected (and named), values are transformed to the DTO classes, and a failure is a 400
 * problem listing every offending field path.
 */
export function createValidationPipe(options: ValidationPipeOptions & { maxDepth?: number } = {}): ValidationPipe {
  const { maxDepth, ...rest } = options;
  return new PlatformValidationPipe(
    {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
      ...rest,
    },
    maxDepth,
  );
}
