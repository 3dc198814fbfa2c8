import { validationError, type DomainErrorDetail } from '@jejak/domain-kit';

export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Collects every validation problem of a command, then fails once with all of them. */
export class Problems {
  private readonly details: DomainErrorDetail[] = [];

  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.details.push({ field, message });
    return this;
  }

  text(value: unknown, field: string): this {
    return this.check(isText(value), field, `${field} wajib diisi`);
  }

  get list(): readonly DomainErrorDetail[] {
    return this.details;
  }

  throwIfAny(code: string, message: string): void {
    if (this.details.length > 0) throw validationError(code, message, [...this.details]);
  }
}
