import type { Vocabulary } from '../text/vocabulary';

const SMALL_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'atau', 'untuk', 'yang', 'pada']);

function titleWord(word: string, first: boolean, vocabulary: Vocabulary): string {
  return word
    .split(/([/.&-])/)
    .map((part) => {
      if (!/[A-Z]/.test(part)) return part;
      if (vocabulary.isAcronym(part)) return part;
      const lower = part.toLowerCase();
      if (!first && SMALL_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

export interface RoleName {
  name: string;
  /** The header cell looks damaged (several column numbers, stray letters). */
  damaged: boolean;
}

/**
 * Cleans a role column heading: drops the "PELAKSANA" caption and column numbers the copy glued to it
 * ("1 KOPERASI", "UMKM 1", "PELAKSANA 3 KOPERASI"), mends split words ("KONSU LTAN") and puts headings
 * written in capitals into title case, keeping acronyms ("PENDAMPING PLUT" → "Pendamping PLUT").
 */
export function cleanRoleName(cell: string, vocabulary: Vocabulary): RoleName {
  let text = cell.replace(/\s+/g, ' ').trim();
  text = text.replace(/^PELAKSANA\b\s*/i, '');
  const leadingNumbers = /^((?:\d{1,2}\s+)+)/.exec(text)?.[1].trim().split(/\s+/).length ?? 0;
  text = text
    .replace(/^(?:\d{1,2}\s+)+/, '')
    .replace(/^[Il]\s+(?=[A-Z]{2})/, '')
    .replace(/(?:\s+\d{1,2})+$/, '')
    .trim();
  text = vocabulary.repairWords(text);
  const damaged = leadingNumbers > 1 || /(?:^|\s)[A-Za-z](?=\s|$)/.test(text);
  if (!/[a-z]/.test(text)) {
    text = text
      .split(' ')
      .map((word, i) => titleWord(word, i === 0, vocabulary))
      .join(' ');
  }
  return { name: text, damaged };
}
