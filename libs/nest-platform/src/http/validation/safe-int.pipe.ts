import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { validationProblem } from '../validation.pipe';
import { parseSafeInt } from './strict-query.decorators';

/**
 * A path or query parameter that must be a safe integer: `@Param('version', new SafeIntPipe({ min: 1 })) version: number`.
 * "1e308", "-1" (below `min`), "1.5" and "9007199254740992" are 400s naming the parameter.
 */
@Injectable()
export class SafeIntPipe implements PipeTransform<unknown, number> {
  constructor(private readonly bounds: { min?: number; max?: number } = {}) {}

  transform(value: unknown, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'nilai';
    const n = parseSafeInt(value);
    const { min, max } = this.bounds;
    let message: string | null = null;
    if (n === null) message = `${field} harus berupa bilangan bulat (tanpa desimal atau eksponen, paling besar 9007199254740991)`;
    else if (min !== undefined && n < min) message = `${field} tidak boleh kurang dari ${min}`;
    else if (max !== undefined && n > max) message = `${field} tidak boleh lebih dari ${max}`;
    if (message !== null) throw validationProblem([{ field, message }]);
    return n as number;
  }
}
