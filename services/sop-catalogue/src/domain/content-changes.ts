type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLeafArray = (value: unknown[]): boolean => value.every((item) => typeof item !== 'object' || item === null);

/** Deep equality of JSON-like values (content is plain JSON). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}

/**
 * The field paths that differ between two versions of a JSON document, in document order:
 * `identity.nama`, `identity.dasarHukum` (lists of texts count as one field),
 * `procedures[0].steps[3].pelaksana`, `procedures[0].steps[3].mutuBaku.waktu.raw`,
 * and `procedures[0].steps[28]` for an added or removed step. Paths are positional:
 * the semantic comparison by step number is `diffVersions`.
 */
export function changedFieldPaths(before: unknown, after: unknown, path = ''): string[] {
  if (jsonEqual(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after) && !(isLeafArray(before) && isLeafArray(after))) {
    const paths: string[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
      const itemPath = `${path}[${i}]`;
      if (i >= before.length || i >= after.length) paths.push(itemPath);
      else paths.push(...changedFieldPaths(before[i], after[i], itemPath));
    }
    return paths;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
    return keys.flatMap((key) => changedFieldPaths(before[key], after[key], path === '' ? key : `${path}.${key}`));
  }
  return [path];
}

export type { Json };
