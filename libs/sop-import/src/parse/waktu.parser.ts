import type { Waktu, WaktuUnit } from '@jejak/contracts';

/** A waktu plus whether the text was understood (an unknown text still yields a `Waktu` with no standard). */
export interface WaktuReading {
  waktu: Waktu;
  recognised: boolean;
}

const UNITS: ReadonlyArray<[RegExp, WaktuUnit, number]> = [
  [/^(?:menit|mnt|min)$/, 'menit', 1],
  [/^jam$/, 'jam', 1],
  [/^(?:hari|hr)(?: kerja)?$/, 'hari', 1],
  [/^(?:minggu|mgg|pekan)(?: kerja)?$/, 'minggu', 1],
  [/^(?:bulan|bln)$/, 'bulan', 1],
  // Not a unit of the model: a year is exactly twelve calendar months.
  [/^(?:tahun|thn)$/, 'bulan', 12],
];

/** Texts that say "no standard time". */
const NO_STANDARD =
  /^(?:-+|—|–|n\/?a|na|menyesuaikan|disesuaikan|sesuai kebutuhan|sesuai jadwal|tentatif|kondisional|situasional|tidak ditentukan|tidak tentu)$/;

const CEILING = /^(?:maksimal|maksimum|maks|max|paling lama|selambat-lambatnya|selambatnya|tidak lebih dari|kurang dari|≤|<=|<)\s*/;
const FLOOR = /^(?:minimal|minimum|paling cepat|sekurang-kurangnya|≥|>=)\s*/;

const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
};

const NUM = String.raw`(\d+(?:\.\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)`;
const RANGE_SEPARATOR = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai(?: dengan)?|hingga)\s*`;
const AMOUNT = new RegExp(
  String.raw`^(?:${NUM}\s*[x×]\s*${NUM}|${NUM}${RANGE_SEPARATOR}${NUM}|${NUM})\s*([a-z]+(?: kerja)?)\.?(?:\s*(?:\/|per\b|setiap\b).*)?$`,
);

const none = (raw: string): Waktu => ({ raw, min: null, max: null, unit: null, ceiling: false });

function toNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  return NUMBER_WORDS[text] ?? Number(text);
}

/**
 * Normalises a mutu baku "waktu" as written in an SOP ("15 Menit", "2-4 hari", "Maksimal 1 hari", "N/A", ...).
 * The original text is kept in `raw`; `recognised` is false when the text is not empty and not understood.
 */
export function readWaktu(raw: string): WaktuReading {
  const kept = raw.replace(/\s+/g, ' ').trim();
  const text = kept
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/\.$/, '')
    .trim();
  if (text === '' || NO_STANDARD.test(text)) return { waktu: none(kept), recognised: true };

  let rest = text;
  let ceiling = false;
  let floor = false;
  const ceilingMatch = CEILING.exec(rest);
  if (ceilingMatch) {
    ceiling = true;
    rest = rest.slice(ceilingMatch[0].length).replace(/^\.\s*/, '');
  } else {
    const floorMatch = FLOOR.exec(rest);
    if (floorMatch) {
      floor = true;
      rest = rest.slice(floorMatch[0].length).replace(/^\.\s*/, '');
    }
  }

  const match = AMOUNT.exec(rest);
  if (!match) return { waktu: none(kept), recognised: false };
  const [, factorA, factorB, rangeFrom, rangeTo, single, unitWord] = match;
  const unit = UNITS.find(([pattern]) => pattern.test(unitWord));
  if (!unit) return { waktu: none(kept), recognised: false };
  const [, unitName, scale] = unit;

  let min: number | null;
  let max: number | null;
  if (factorA !== undefined) {
    min = max = (toNumber(factorA) ?? 0) * (toNumber(factorB) ?? 0);
  } else if (rangeFrom !== undefined) {
    min = toNumber(rangeFrom);
    max = toNumber(rangeTo);
    if (min === null || max === null || min > max) return { waktu: none(kept), recognised: false };
  } else {
    min = max = toNumber(single);
  }
  if (min !== null) min *= scale;
  if (max !== null) max *= scale;
  if (ceiling) min = rangeFrom !== undefined ? min : null;
  if (floor) max = null;
  return { waktu: { raw: kept, min, max, unit: unitName, ceiling }, recognised: true };
}

/** `readWaktu` without the recognition flag: the `Waktu` of the SOP content model. */
export function parseWaktu(raw: string): Waktu {
  return readWaktu(raw).waktu;
}

const WAKTU_VALUE = /\b\d+(?:[.,]\d+)?\s*(?:menit|jam|hari|minggu|bulan|tahun)\b|\bn\/a\b/gi;

/** How many separate waktu values a cell holds: more than one means OCR merged several rows. */
export function countWaktuValues(text: string): number {
  return (text.match(WAKTU_VALUE) ?? []).length;
}
