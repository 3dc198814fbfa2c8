import type { LettersConfig } from './letters.config';
import { isText, type Problems } from './problems';

/** Checks an archive classification code against the dinas's (configurable) pattern and list. */
export function checkKlasifikasi(problems: Problems, value: unknown, field: string, config: Pick<LettersConfig, 'klasifikasi'>): void {
  if (!isText(value)) {
    problems.check(false, field, `${field} wajib diisi`);
    return;
  }
  const { pattern, codes, restrictToList } = config.klasifikasi;
  problems.check(new RegExp(pattern).test(value), field, `${value} does not match the classification pattern ${pattern}`);
  if (restrictToList) problems.check(codes.some((c) => c.code === value), field, `${value} is not in the dinas's classification list`);
}
