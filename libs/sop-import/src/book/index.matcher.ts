import type { CatalogueIndexEntry } from '../model/import-report.model';
import { foldForMatch } from '../text/markup.normaliser';
import { numberKey } from './catalogue-index.parser';

const STOP_WORDS = new Set(['sop', 'dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'bagi', 'pada', 'atau']);

const significant = (text: string) => foldForMatch(text).split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word) && !/^\d+$/.test(word));
const stem = (word: string) => word.slice(0, 5);

/** Share of the entry name's words (compared by their first five letters) that occur in a text. */
export function titleScore(name: string, text: string): number {
  const wanted = significant(name);
  if (wanted.length === 0) return 0;
  const present = new Set(significant(text).map(stem));
  return wanted.filter((word) => present.has(stem(word))).length / wanted.length;
}

/** What the matcher knows about one SOP section. */
export interface SectionClues {
  /** Nomor SOP read on the page. */
  number: string | null;
  /** Nama SOP read on the page. */
  name: string | null;
  /** All text of the section (identity and step activities), for title evidence. */
  text: string;
  headless: boolean;
}

export type MatchVia = 'number' | 'leading-number' | 'name' | 'order-and-title' | 'order';

export interface Match {
  entry: CatalogueIndexEntry | null;
  via: MatchVia | null;
  /** A headless fragment that matched no entry: it belongs to the SOP before it. */
  mergeIntoPrevious: boolean;
}

const leadingNumber = (number: string) => /^\d+/.exec(numberKey(number))?.[0];

/**
 * Matches a book's SOP sections to its list of SOPs, in order: by the page's nomor, by the leading
 * sequence number of a nomor damaged by OCR, by the page's name, and for pages without an identity
 * block by order (the next entries of the list) confirmed by title words found in the steps.
 */
export function matchSectionsToIndex(sections: readonly SectionClues[], entries: readonly CatalogueIndexEntry[]): Match[] {
  const used = new Set<number>();
  let cursor = 0;
  const unusedFrom = (from: number) => entries.slice(from).filter((entry) => !used.has(entry.no));
  const take = (entry: CatalogueIndexEntry, via: MatchVia): Match => {
    used.add(entry.no);
    cursor = entries.indexOf(entry) + 1;
    return { entry, via, mergeIntoPrevious: false };
  };

  return sections.map((section): Match => {
    const free = entries.filter((entry) => !used.has(entry.no));
    if (section.headless) {
      const next = unusedFrom(cursor)[0];
      if (next && titleScore(next.name, section.text) >= 0.5) return take(next, 'order-and-title');
      return { entry: null, via: null, mergeIntoPrevious: true };
    }
    if (section.number) {
      const exact = free.find((entry) => numberKey(entry.number) === numberKey(section.number ?? ''));
      if (exact) return take(exact, 'number');
      const lead = leadingNumber(section.number);
      const byLead = free.find((entry) => leadingNumber(entry.number) === lead || String(entry.no) === String(Number(lead)));
      if (lead !== undefined && byLead) return take(byLead, 'leading-number');
    }
    if (section.name) {
      let best: { entry: CatalogueIndexEntry; score: number } | null = null;
      for (const entry of free) {
        const score = Math.min(titleScore(entry.name, section.name), titleScore(section.name, entry.name) + 0.25);
        if (score >= 0.6 && (best === null || score > best.score)) best = { entry, score };
      }
      if (best) return take(best.entry, 'name');
    }
    const nextFew = unusedFrom(cursor).slice(0, 3);
    if (nextFew.length === 0) return { entry: null, via: null, mergeIntoPrevious: false };
    const scored = nextFew.map((entry) => ({ entry, score: titleScore(entry.name, section.text) }));
    const confirmed = scored.find((candidate) => candidate.score >= 0.5) ?? [...scored].sort((a, b) => b.score - a.score).find((candidate) => candidate.score > 0);
    if (confirmed) return take(confirmed.entry, 'order-and-title');
    return take(nextFew[0], 'order');
  });
}
