import { editDistance } from '../text/edit-distance';

/** Result of reading an Indonesian date such as "12 Desember 2019". */
export interface DateReading {
  /** YYYY-MM-DD, or null when no date could be read. */
  iso: string | null;
  /** False when the month was recognised only approximately (an OCR or typing slip, e.g. "Januri"). */
  exact: boolean;
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** Accepted spellings besides the standard ones, as month index (0-based). */
const VARIANTS: Record<string, number> = {
  jan: 0,
  pebruari: 1,
  feb: 1,
  peb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  agu: 7,
  agt: 7,
  ags: 7,
  agus: 7,
  sep: 8,
  sept: 8,
  okt: 9,
  nop: 10,
  nov: 10,
  nopember: 10,
  des: 11,
  // English abbreviations, as spreadsheets and Word print them ("31-Aug-23").
  may: 4,
  aug: 7,
  oct: 9,
  dec: 11,
};

function monthOf(word: string): { index: number; exact: boolean } | null {
  const w = word.toLowerCase();
  const exactIndex = MONTHS.indexOf(w);
  if (exactIndex >= 0) return { index: exactIndex, exact: true };
  if (w in VARIANTS) return { index: VARIANTS[w], exact: true };
  if (w.length < 4) return null;
  let best: { index: number; distance: number } | null = null;
  for (let index = 0; index < MONTHS.length; index += 1) {
    const distance = editDistance(w, MONTHS[index]);
    if (distance <= 2 && MONTHS[index][0] === w[0] && (best === null || distance < best.distance)) best = { index, distance };
  }
  return best ? { index: best.index, exact: false } : null;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads "12 Desember 2019", "04 Janua ri 2023" (a word split by the copy), "04 Januri 2023" (approximate),
 * "31-Aug-23" (two-digit year: 20yy), "12-12-2019" or "2019-12-12". Empty or unreadable text gives `iso: null`.
 */
export function readIndonesianDate(raw: string): DateReading {
  const text = raw.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const written = /(\d{1,2})\s*[ .-]?\s*([A-Za-z][A-Za-z ]{1,14}?)\s*[ .-]?\s*(\d{4})\b/.exec(text);
  if (written) {
    const month = monthOf(written[2].replace(/\s+/g, ''));
    if (month) {
      const value = iso(Number(written[3]), month.index, Number(written[1]));
      if (value) return { iso: value, exact: month.exact };
    }
  }
  // "31-Aug-23", "4 Jan 23": a written month with a two-digit year (20yy).
  const shortYear = /\b(\d{1,2})[ .\-/]([A-Za-z]{3,9})\.?[ .\-/](\d{2})\b(?!\d)/.exec(text);
  if (shortYear) {
    const month = monthOf(shortYear[2]);
    if (month) {
      const value = iso(2000 + Number(shortYear[3]), month.index, Number(shortYear[1]));
      if (value) return { iso: value, exact: month.exact };
    }
  }
  const dayFirst = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(text);
  if (dayFirst) {
    const value = iso(Number(dayFirst[3]), Number(dayFirst[2]) - 1, Number(dayFirst[1]));
    if (value) return { iso: value, exact: true };
  }
  const isoForm = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoForm) {
    const value = iso(Number(isoForm[1]), Number(isoForm[2]) - 1, Number(isoForm[3]));
    if (value) return { iso: value, exact: true };
  }
  return { iso: null, exact: false };
}
