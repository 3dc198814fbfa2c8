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

/** The stems of a text's significant words, as `titleScore` compares them. */
const stemsOf = (text: string) => new Set(significant(text).map(stem));
const share = (wanted: readonly string[], present: ReadonlySet<string>) =>
  wanted.length === 0 ? 0 : wanted.filter((word) => present.has(stem(word))).length / wanted.length;

/** Entry positions in list order, with how far the ones already used have been skipped. */
interface Positions {
  positions: number[];
  next: number;
}

/** Entry positions of each key. */
function positionsBy(entries: readonly CatalogueIndexEntry[], key: (entry: CatalogueIndexEntry) => string | undefined): Map<string, Positions> {
  const map = new Map<string, Positions>();
  entries.forEach((entry, i) => {
    const k = key(entry);
    if (k === undefined) return;
    const list = map.get(k);
    if (list) list.positions.push(i);
    else map.set(k, { positions: [i], next: 0 });
  });
  return map;
}

/**
 * Which entries of the list are still free, answering "the first free entry at or after i" in
 * near-constant time (a union-find over positions), so matching a long book stays linear.
 */
class FreeEntries {
  private readonly next: number[];
  private readonly byNo: Map<number, number[]>;

  constructor(private readonly entries: readonly CatalogueIndexEntry[]) {
    this.next = Array.from({ length: entries.length + 1 }, (_, i) => i);
    this.byNo = new Map();
    entries.forEach((entry, i) => {
      const list = this.byNo.get(entry.no);
      if (list) list.push(i);
      else this.byNo.set(entry.no, [i]);
    });
  }

  /** The first free position at or after `from`, or `entries.length`. */
  firstFrom(from: number): number {
    let root = Math.min(from, this.entries.length);
    while (this.next[root] !== root) root = this.next[root];
    for (let i = Math.min(from, this.entries.length); this.next[i] !== root; ) {
      const up = this.next[i];
      this.next[i] = root;
      i = up;
    }
    return root;
  }

  isFree(position: number): boolean {
    return this.firstFrom(position) === position;
  }

  /** Up to `count` free positions from `from`, in order. */
  take(from: number, count: number): number[] {
    const found: number[] = [];
    for (let i = this.firstFrom(from); i < this.entries.length && found.length < count; i = this.firstFrom(i + 1)) found.push(i);
    return found;
  }

  /** Uses an entry: every entry with its number is no longer free (entries are known by their number). */
  use(position: number): void {
    for (const i of this.byNo.get(this.entries[position].no) ?? []) this.next[i] = i + 1;
  }
}

/**
 * Matches a book's SOP sections to its list of SOPs, in order: by the page's nomor, by the leading
 * sequence number of a nomor damaged by OCR, by the page's name, and for pages without an identity
 * block by order (the next entries of the list) confirmed by title words found in the steps.
 * Linear in the number of sections and entries (names are compared only with entries sharing a word).
 */
export function matchSectionsToIndex(sections: readonly SectionClues[], entries: readonly CatalogueIndexEntry[]): Match[] {
  const free = new FreeEntries(entries);
  let cursor = 0;
  const byNumber = positionsBy(entries, (entry) => numberKey(entry.number));
  const byLead = positionsBy(entries, (entry) => leadingNumber(entry.number));
  const byNo = positionsBy(entries, (entry) => String(entry.no));
  const words = entries.map((entry) => significant(entry.name));
  const stems = words.map((list) => new Set(list.map(stem)));
  // Entries whose names have the same stems score alike: a name is compared once per such group (a
  // book's list often repeats its words), and the group's first free entry stands for it.
  const groups = new Map<string, Positions>();
  const groupsByStem = new Map<string, Set<string>>();
  words.forEach((list, i) => {
    if (list.length === 0) return;
    const key = list.map(stem).sort().join(' ');
    const group = groups.get(key);
    if (group) {
      group.positions.push(i);
      return;
    }
    groups.set(key, { positions: [i], next: 0 });
    for (const s of stems[i]) {
      const keys = groupsByStem.get(s);
      if (keys) keys.add(key);
      else groupsByStem.set(s, new Set([key]));
    }
  });
  const firstFreeOf = (group: Positions | undefined): number | undefined => {
    if (!group) return undefined;
    while (group.next < group.positions.length && !free.isFree(group.positions[group.next])) group.next += 1;
    return group.positions[group.next];
  };
  const take = (position: number, via: MatchVia): Match => {
    free.use(position);
    cursor = position + 1;
    return { entry: entries[position], via, mergeIntoPrevious: false };
  };

  return sections.map((section): Match => {
    let textStems: Set<string> | null = null;
    const scoreInText = (position: number) => share(words[position], (textStems ??= stemsOf(section.text)));
    if (section.headless) {
      const next = free.firstFrom(cursor);
      if (next < entries.length && scoreInText(next) >= 0.5) return take(next, 'order-and-title');
      return { entry: null, via: null, mergeIntoPrevious: true };
    }
    if (section.number) {
      const exact = firstFreeOf(byNumber.get(numberKey(section.number)));
      if (exact !== undefined) return take(exact, 'number');
      const lead = leadingNumber(section.number);
      if (lead !== undefined) {
        const candidates = [firstFreeOf(byLead.get(lead)), firstFreeOf(byNo.get(String(Number(lead))))].filter((i): i is number => i !== undefined);
        if (candidates.length > 0) return take(Math.min(...candidates), 'leading-number');
      }
    }
    if (section.name) {
      const nameWords = significant(section.name);
      const nameStems = new Set(nameWords.map(stem));
      const keys = new Set<string>();
      for (const s of nameStems) for (const key of groupsByStem.get(s) ?? []) keys.add(key);
      let best: { position: number; score: number } | null = null;
      for (const key of keys) {
        const position = firstFreeOf(groups.get(key));
        if (position === undefined) continue;
        const score = Math.min(share(words[position], nameStems), share(nameWords, stems[position]) + 0.25);
        if (score >= 0.6 && (best === null || score > best.score || (score === best.score && position < best.position))) best = { position, score };
      }
      if (best) return take(best.position, 'name');
    }
    const nextFew = free.take(cursor, 3);
    if (nextFew.length === 0) return { entry: null, via: null, mergeIntoPrevious: false };
    const scored = nextFew.map((position) => ({ position, score: scoreInText(position) }));
    const confirmed = scored.find((candidate) => candidate.score >= 0.5) ?? [...scored].sort((a, b) => b.score - a.score).find((candidate) => candidate.score > 0);
    if (confirmed) return take(confirmed.position, 'order-and-title');
    return take(nextFew[0], 'order');
  });
}
