import type { SourceLine } from '../text/source-line';

/**
 * Lines repeated at the top of every page ("Dinas Koperasi, Usaha Kecil dan Menengah" / "Provinsi Jawa
 * Timur"): text lines that occur more than once, each time right after a page break (two or more blank
 * lines, the start of the text, or another such line). Linear in the number of lines.
 */
export function findPageHeaderLines(lines: readonly SourceLine[]): Set<number> {
  const occurrences = new Map<string, SourceLine[]>();
  for (const line of lines) {
    if (line.blank || line.tabbed || line.text.length > 120) continue;
    const key = line.text.toLowerCase();
    const list = occurrences.get(key);
    if (list) list.push(line);
    else occurrences.set(key, [line]);
  }
  const repeated = new Set<string>();
  for (const [key, list] of occurrences) if (list.length >= 2) repeated.add(key);

  const startsPage = new Set<number>();
  let blankRun = 0;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (line.blank) {
      blankRun += 1;
      continue;
    }
    if (!line.tabbed && line.text.length <= 120) {
      const key = line.text.toLowerCase();
      if (repeated.has(key) && (previous === null || blankRun >= 2 || (startsPage.has(previous.no) && blankRun <= 1))) startsPage.add(line.no);
    }
    previous = line;
    blankRun = 0;
  }

  const headers = new Set<number>();
  for (const key of repeated) {
    const list = occurrences.get(key) ?? [];
    if (list.every((line) => startsPage.has(line.no))) for (const line of list) headers.add(line.no);
  }
  return headers;
}
