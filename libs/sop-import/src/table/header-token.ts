/** Words of a procedure table's header, recognised even when the copy broke them ("KELENG KAPAN", "WAKT U"). */
export type HeaderToken = 'no' | 'kegiatan' | 'pelaksana' | 'mutu' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan';

const PATTERNS: ReadonlyArray<[HeaderToken, RegExp]> = [
  ['no', /^NO$/],
  ['kegiatan', /^(?:URAIAN)?KEGIATAN(?:AKTIVITAS)?$/],
  ['pelaksana', /^(?:PELAKSANA|PELAKSA|PELAKS|PELAK|PELA|PELAF|[A-Z]{0,3}AKSANA|ELAKSANA?|KSANA|SANA)$/],
  ['mutu', /^(?:MUTUBAKU|MUTUBAK[UI]|MUTUBA|MUTU|MUT|UTUBAKU|JTUBAKU)$/],
  ['kelengkapan', /^(?:MU)?(?:PERSYARATAN)?(?:KELENGKAPAN|KELENGKAPA|KELENGKA|KELENG)$|^PERSYARATAN$/],
  ['waktu', /^(?:TU)?(?:BAKU)?WAKT[UI]?$/],
  ['output', /^(?:TU)?OUTPU?T?$/],
  ['keterangan', /^(?:KET|KETERANGAN)$/],
];

/** The header token a whole cell spells, or null (a cell with digits or other words is not a token). */
export function headerToken(cell: string): HeaderToken | null {
  if (/\d/.test(cell)) return null;
  const letters = cell.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters === '' || letters.length > 24) return null;
  return PATTERNS.find(([, pattern]) => pattern.test(letters))?.[0] ?? null;
}

const MUTU_TOKENS: ReadonlySet<HeaderToken> = new Set(['mutu', 'kelengkapan', 'waktu', 'output', 'keterangan']);

export function isMutuToken(token: HeaderToken | null): boolean {
  return token !== null && MUTU_TOKENS.has(token);
}

/** Header words in capitals at the start of a data cell: the trace of a header row OCR merged into data. */
export function isHeaderFragment(cell: string): boolean {
  return /^(?:NO\s+\d|KEGIATAN\s|KELENGKAPAN\s|WAKT[UI]?\b|OUTPUT\b|KET\.?$)/.test(cell.trim());
}
