/**
 * The words of one document, used to repair what the copy out of Word/PDF broke: words split by a
 * space ("KONSU LTAN") or by a cell boundary ("PELAKSA" | "ANA"), judged against the same word written
 * whole elsewhere in the document. Nothing is repaired into a word the document does not contain.
 */

import { stripTags } from './markup.normaliser';

const KNOWN_ACRONYMS = new Set([
  'ASN', 'ATK', 'BAP', 'BKD', 'BPKAD', 'DPA', 'DPRD', 'IKM', 'IUI', 'KTP', 'KUKM', 'KUMKM', 'NIB', 'NIK', 'NIP',
  'ODS', 'OPD', 'OSS', 'PIRT', 'PLUT', 'PNS', 'PPK', 'RI', 'RKA', 'RPIK', 'SK', 'SKPD', 'SOP', 'SPJ', 'TNDE',
  'UKM', 'UMKM', 'UPT',
]);

/** Words that stand alone in Indonesian even when glued forms exist ("di paraf" is the author's spelling). */
const FUNCTION_WORDS = new Set(['di', 'ke', 'dan', 'yang', 'dari', 'akan', 'oleh', 'pada', 'untuk', 'se', 'ini', 'itu']);

interface WordCase {
  count: number;
  /** Seen in capitals inside a line that also has lowercase words (e.g. "Pendamping PLUT"). */
  capsAmongLowercase: boolean;
  /** Seen in a form that is not all capitals. */
  notCaps: boolean;
}

const TOKEN = /[A-Za-z0-9]+/g;

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAlphanumeric = (code: number) => isLetter(code) || (code >= 48 && code <= 57);

/** Length of the run of characters at the end of `text` that pass `test` (what /[…]+$/ matches, in linear time). */
function trailingRun(text: string, test: (code: number) => boolean): number {
  let start = text.length;
  while (start > 0 && test(text.charCodeAt(start - 1))) start -= 1;
  return text.length - start;
}

export class Vocabulary {
  private readonly words = new Map<string, WordCase>();
  private readonly pairs = new Map<string, number>();

  static of(text: string): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const line of stripTags(text, ' ').split(/\r?\n/)) vocabulary.addLine(line);
    return vocabulary;
  }

  private addLine(line: string): void {
    const tokens = line.match(TOKEN) ?? [];
    const hasLowercaseWord = /\b[a-z]{3,}/.test(line) || /\b[A-Z][a-z]{2,}/.test(line);
    let previous: string | null = null;
    for (const token of tokens) {
      const key = token.toLowerCase();
      const entry = this.words.get(key) ?? { count: 0, capsAmongLowercase: false, notCaps: false };
      entry.count += 1;
      const caps = /[A-Z]/.test(token) && token === token.toUpperCase();
      if (caps && hasLowercaseWord) entry.capsAmongLowercase = true;
      if (!caps && /[a-z]/.test(token)) entry.notCaps = true;
      this.words.set(key, entry);
      if (previous !== null) this.pairs.set(`${previous} ${key}`, (this.pairs.get(`${previous} ${key}`) ?? 0) + 1);
      previous = key;
    }
  }

  count(word: string): number {
    return this.words.get(word.toLowerCase())?.count ?? 0;
  }

  private pairCount(left: string, right: string): number {
    return this.pairs.get(`${left.toLowerCase()} ${right.toLowerCase()}`) ?? 0;
  }

  /** A word written in capitals that should stay so when a heading is put in title case. */
  isAcronym(word: string): boolean {
    if (!/^[A-Z]{2,}$/.test(word)) return false;
    if (KNOWN_ACRONYMS.has(word)) return true;
    if (!/[AEIOU]/.test(word)) return true;
    const entry = this.words.get(word.toLowerCase());
    return Boolean(entry && word.length <= 5 && entry.capsAmongLowercase && !entry.notCaps);
  }

  /** Joins two space-separated fragments when the joined word occurs in the document and a fragment never occurs apart. */
  repairWords(text: string): string {
    const tokens = text.split(' ');
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      const letters = trailingRun(token, isLetter);
      const next = tokens[i + 1];
      const right = next === undefined || letters === 0 || token.includes('\n') ? null : /^([A-Za-z]+)([^A-Za-z0-9]*)$/.exec(next);
      if (right && this.shouldJoin(token.slice(token.length - letters), right[1])) {
        out.push(token + right[1] + right[2]);
        i += 1;
      } else {
        out.push(tokens[i]);
      }
    }
    return out.join(' ');
  }

  private shouldJoin(left: string, right: string): boolean {
    if (FUNCTION_WORDS.has(left.toLowerCase()) || FUNCTION_WORDS.has(right.toLowerCase())) return false;
    const joined = left + right;
    if (joined.length < 5 || this.count(joined) === 0) return false;
    const pair = this.pairCount(left, right);
    return this.count(left) === pair || this.count(right) === pair;
  }

  /** Joins the cells of one line into text, mending a word the cell boundary cut in two. */
  joinCells(cells: readonly string[]): string {
    return this.joinCellsAt(cells).text;
  }

  /**
   * `joinCells`, plus where each cell starts in the joined text. The text is kept in parts whose last
   * one holds the whole word the next cell may continue, so a line of many cells is joined in linear time.
   */
  joinCellsAt(cells: readonly string[]): { text: string; cellStarts: number[] } {
    const parts: string[] = [];
    let length = 0;
    const cellStarts: number[] = [];
    for (const cell of cells) {
      const next = cell.trim();
      if (next === '' || length === 0) {
        cellStarts.push(length === 0 ? 0 : length + 1);
        if (next !== '') {
          parts.push(next);
          length = next.length;
        }
        continue;
      }
      const last = parts[parts.length - 1];
      const joined = this.joinPair(last, next);
      length += joined.length - last.length;
      cellStarts.push(Math.max(0, length - next.length));
      const wordStart = joined.length - trailingRun(joined, isAlphanumeric);
      if (wordStart > 0) {
        parts[parts.length - 1] = joined.slice(0, wordStart);
        parts.push(joined.slice(wordStart));
      } else parts[parts.length - 1] = joined;
    }
    return { text: parts.join(''), cellStarts };
  }

  private joinPair(left: string, right: string): string {
    const tailLength = trailingRun(left, isAlphanumeric);
    const tail = tailLength === 0 ? undefined : left.slice(left.length - tailLength);
    const head = /^[A-Za-z0-9]+/.exec(right)?.[0];
    if (!tail || !head) return `${left} ${right}`;
    const standalone = (word: string) => word.length >= 3 && this.count(word) >= 3;
    if (standalone(tail) && standalone(head)) return `${left} ${right}`;
    const candidates = [tail + head, tail + head.slice(1), tail.slice(0, -1) + head];
    const found = candidates.find((candidate) => candidate.length >= 4 && /[A-Za-z]/.test(candidate) === /[A-Za-z]/.test(tail + head) && this.count(candidate) > 0);
    if (!found) return `${left} ${right}`;
    return left.slice(0, left.length - tail.length) + found + right.slice(head.length);
  }
}
