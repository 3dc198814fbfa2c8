import { ValidationPipe, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import type { ProblemFieldError } from './problem-details';
import { ProblemException } from './problem.exception';
import { localiseConstraintMessage } from './validation-messages';

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

/**
 * The platform's validation: unknown fields are rejected (and named), values are transformed to the
 * DTO classes, and a failure is a 400 problem listing every offending field path.
 */
export function createValidationPipe(options: ValidationPipeOptions = {}): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
    ...options,
  });
}
