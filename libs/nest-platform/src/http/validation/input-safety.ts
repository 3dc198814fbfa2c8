import type { ProblemFieldError } from '../problem-details';

/** Keys that could reach an object's prototype when a body is merged or copied: never accepted. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of objects and arrays accepted in a body or query (the root object is level 1). */
export const DEFAULT_MAX_DEPTH = 64;

/** At most this many offending fields are listed; the walk stops after that. */
const MAX_ERRORS = 20;

/** `String.prototype.isWellFormed` (Node 20+), typed here because the project's lib predates ES2024. */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

const hasLoneSurrogate: (text: string) => boolean = isWellFormed
  ? (text) => !isWellFormed.call(text)
  : (text) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Why a text cannot be stored, in Bahasa Indonesia, or null when it is fine. */
export function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'memuat karakter NUL (\\u0000) yang tidak diizinkan';
  if (hasLoneSurrogate(text)) return 'memuat karakter Unicode yang tidak valid (surrogate \\uD800–\\uDFFF tanpa pasangan)';
  return null;
}

const join = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

/**
 * Finds what no handler should ever see in a parsed body, query or path parameter: nesting deeper than
 * `maxDepth`, a `__proto__`/`constructor`/`prototype` key, and NUL bytes or lone surrogates in any key
 * or string. Iterative (no recursion, so any depth is safe to inspect) and linear in the input's size.
 * Fields are dotted paths (`steps.2.waktu`); `root` names the value itself (a parameter's name).
 */
export function findUnsafeInput(value: unknown, options: { root?: string; maxDepth?: number } = {}): ProblemFieldError[] {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const errors: ProblemFieldError[] = [];
  const report = (field: string, message: string) => errors.push(field === '' ? { message } : { field, message });
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: options.root ?? '', depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_ERRORS) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unsafeTextReason(current);
      if (reason) report(path, `${path || 'isi'} ${reason}`);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) {
      report(path, `${path || 'isi permintaan'} bertingkat terlalu dalam: paling banyak ${maxDepth} tingkat objek/daftar`);
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(current) ? current.map((item, i) => [String(i), item]) : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, item] = entries[i];
      const field = join(path, key);
      if (!Array.isArray(current)) {
        if (FORBIDDEN_KEYS.has(key)) {
          report(field, `kolom ${key} tidak diizinkan`);
          continue;
        }
        const reason = unsafeTextReason(key);
        if (reason) {
          report(join(path, JSON.stringify(key).slice(1, -1)), `nama kolom ${reason}`);
          continue;
        }
      }
      stack.push({ value: item, path: field, depth: depth + 1 });
    }
  }
  return errors;
}
