import type { SourceLine } from '../text/source-line';

/**
 * Lines repeated at the top of every page ("Dinas Koperasi, Usaha Kecil dan Menengah" / "Provinsi Jawa
 * Timur"): text lines that occur more than once, each time right after a page break (two or more blank
 * lines, the start of the text, or another such line).
 */
export function findPageHeaderLines(lines: readonly SourceLine[]): Set<number> {
  const occurrences = new Map<string, SourceLine[]>();
  for (const line of lines) {
    if (line.blank || line.tabbed || line.text.length > 120) continue;
    const key = line.text.toLowerCase();
    occurrences.set(key, [...(occurrences.get(key) ?? []), line]);
  }
  const repeated = new Set([...occurrences.entries()].filter(([, list]) => list.length >= 2).map(([key]) => key));

  const startsPage = new Set<number>();
  let blankRun = 0;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (line.blank) {
      blankRun += 1;
      continue;
    }
    const key = line.text.toLowerCase();
    if (repeated.has(key) && !line.tabbed && (previous === null || blankRun >= 2 || (startsPage.has(previous.no) && blankRun <= 1))) {
      startsPage.add(line.no);
    }
    previous = line;
    blankRun = 0;
  }

  const headers = new Set<number>();
  for (const key of repeated) {
    const list = occurrences.get(key) ?? [];
    if (list.every((line) => startsPage.has(line.no))) list.forEach((line) => headers.add(line.no));
  }
  return headers;
}
