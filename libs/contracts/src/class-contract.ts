import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { ContractViolation, IntegrationContract } from './contract';
import type { IntegrationEvent } from './envelope';

function flatten(errors: ValidationError[], prefix = ''): ContractViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A contract whose data shape is a class-validator class. Unknown fields are violations too. */
export function classContract<Data extends object>(
  type: string,
  version: number,
  topic: string,
  shape: new () => Data,
): IntegrationContract<Data> {
  return {
    type,
    version,
    topic,
    validate(data: unknown): ContractViolation[] {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return [{ field: 'data', message: 'must be an object' }];
      const instance = plainToInstance(shape, data);
      return flatten(validateSync(instance as object, { whitelist: true, forbidNonWhitelisted: true }));
    },
    is(event: IntegrationEvent): event is IntegrationEvent<Data> {
      return event.type === type;
    },
  };
}
