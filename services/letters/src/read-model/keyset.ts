/**
 * Keyset paging over the letters read model: the SQL condition "strictly after this row" for an
 * ORDER BY of several keys, each ascending (NULLS LAST, PostgreSQL's default, so a btree index with
 * the same column order serves it) or descending (not null). The last key is the letter id, so the
 * order is total and a walk sees every row that existed when it began exactly once.
 */
export interface KeysetKey {
  /** Column expression, e.g. `created_at`. */
  column: string;
  direction: 'ASC' | 'DESC';
  /** SQL cast of the cursor value, e.g. `timestamptz`. */
  cast: string;
  /** The column may be null (ascending keys only; nulls sort last). */
  nullable?: boolean;
}

export function orderByOf(keys: readonly KeysetKey[]): string {
  return keys.map((k) => `${k.column} ${k.direction}${k.nullable ? ' NULLS LAST' : ''}`).join(', ');
}

/**
 * `(k1 after v1) OR (k1 = v1 AND ((k2 after v2) OR ...))`, with a leading bound on the first key
 * (`k1 <= v1` / `k1 >= v1`) that the index scan can start from. `param` adds a parameter and gives
 * its placeholder.
 */
export function afterCondition(keys: readonly KeysetKey[], values: readonly (string | null)[], param: (value: unknown) => string): string {
  const build = (i: number): string => {
    const key = keys[i];
    const value = values[i];
    const last = i === keys.length - 1;
    let after: string;
    let same: string;
    if (value === null) {
      if (!key.nullable) throw new Error(`keyset: ${key.column} is not nullable`);
      after = 'FALSE';
      same = `${key.column} IS NULL`;
    } else {
      const v = `${param(value)}::${key.cast}`;
      const beyond = key.direction === 'DESC' ? `${key.column} < ${v}` : `${key.column} > ${v}`;
      after = key.nullable ? `(${beyond} OR ${key.column} IS NULL)` : beyond;
      same = `${key.column} = ${v}`;
    }
    return last ? after : `(${after} OR (${same} AND ${build(i + 1)}))`;
  };
  const first = keys[0];
  const firstValue = values[0];
  const bound = firstValue !== null && !first.nullable ? `${first.column} ${first.direction === 'DESC' ? '<=' : '>='} ${param(firstValue)}::${first.cast} AND ` : '';
  return `(${bound}${build(0)})`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)$/;

export const isUuidKey = (text: string | null): text is string => text !== null && UUID.test(text);

/** A timestamptz as PostgreSQL prints it (`created_at::text`), checked field by field so its cast never fails. */
export function isTimestampKey(text: string | null): text is string {
  const m = text === null ? null : TIMESTAMP.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[8] === undefined || (Number(m[9]) <= 15 && Number(m[10] ?? 0) < 60);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60 && offsetOk;
}

/** An `int` key (PostgreSQL int4). */
export const isIntKey = (text: string | null): boolean => text !== null && /^-?\d{1,10}$/.test(text) && Math.abs(Number(text)) <= 2_147_483_647;
