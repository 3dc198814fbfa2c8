import { cleanMarkup, unglue } from '../text/markup.normaliser';
import { pushAll } from '../text/push-all';
import { trimRunEnd } from '../text/trim-run';

const BULLET = /^(?:[-–—•·*▪●○]\s*)+/;
const LEADING_NUMBER = /^(?:\(?\d{1,2}[.)]|\d{1,2}(?=\s)|[a-z][.)](?=\s))\s*/;

/** Positions where a run "1. … 2. … 3. …" (or, glued, "1 … …Perkoperasian2 Undang…") numbers its items. */
function numberedRun(text: string, dotted: boolean): number[] {
  const positions: number[] = [];
  let from = 0;
  for (let n = 1; n < 100; n += 1) {
    const strict = dotted
      ? new RegExp(String.raw`(?<![0-9])${n}[.)]\s*(?=[A-Za-z(“"'])`, 'g')
      : new RegExp(String.raw`(?<![0-9])${n}\s+(?=[A-Z])`, 'g');
    strict.lastIndex = from;
    let match = strict.exec(text);
    if (!match && dotted && n > 1) {
      // "…minimal S12. Bisa…": the item number glued to a preceding digit.
      const loose = new RegExp(String.raw`${n}[.)]\s+(?=[A-Z])`, 'g');
      loose.lastIndex = from;
      match = loose.exec(text);
    }
    if (!match) break;
    if (n === 1 && text.slice(0, match.index).trim() !== '') break;
    positions.push(match.index);
    from = match.index + match[0].length;
  }
  return positions.length >= 2 ? positions : [];
}

function splitNumbered(piece: string): string[] {
  const positions = numberedRun(piece, true);
  const chosen = positions.length > 0 ? positions : numberedRun(piece, false);
  if (chosen.length === 0) return [piece];
  return chosen.map((start, i) => piece.slice(start, chosen[i + 1] ?? piece.length));
}

function tidy(item: string): string {
  return trimRunEnd(item.replace(BULLET, '').replace(LEADING_NUMBER, ''), /[\s;,]/)
    .replace(/\s+dan$/i, '')
    .trim();
}

/**
 * Splits a list as copied out of an SOP: `<ol><li>` fragments, numbered runs ("1. … 2. …", also glued as
 * in "…Perkoperasian2 Undang-undang…"), bullet lines and plain lines. A lone word on its own line is taken
 * as the end of the line above it.
 */
export function splitList(raw: string): string[] {
  const text = cleanMarkup(raw, { keepBreaks: true });
  const pieces = text
    .split('\n')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  const items: string[] = [];
  let previousWasPlain = false;
  for (const piece of pieces) {
    const numberedOrBulleted = BULLET.test(piece) || LEADING_NUMBER.test(piece);
    const parts = splitNumbered(piece.replace(BULLET, '')).map(tidy).filter((part) => part !== '');
    const loneWord = !numberedOrBulleted && parts.length === 1 && !/\s/.test(parts[0]);
    if (loneWord && previousWasPlain && items.length > 0 && !/[.;:]$/.test(items[items.length - 1])) {
      items[items.length - 1] = `${items[items.length - 1]} ${parts[0]}`;
      continue;
    }
    pushAll(items, parts.map(unglue));
    previousWasPlain = !numberedOrBulleted && parts.length === 1;
  }
  return items;
}

const INSTRUMENT = /(?:Undang-Undang|Undang Undang|Peraturan|Keputusan|Instruksi|Surat Edaran|Permen\w*|Perda|Perbup|Pergub|Perpres|Kepmen\w*)\b/g;
const CONNECTOR = /^(?:tentang|atas|dengan|pengganti|dan|perubahan|terakhir|sebagai|melalui|dalam|menjadi|oleh|di|ke|sesuai)$/i;

/** Splits a run-on text that names several regulations one after another without numbers. */
export function splitLegalReferences(item: string): string[] {
  const starts: number[] = [];
  for (const match of item.matchAll(INSTRUMENT)) {
    const index = match.index ?? 0;
    const before = item.slice(0, index).trim();
    const previousWord = /(\S+)$/.exec(before)?.[1] ?? '';
    const names = /^.{0,80}?\b(?:Nomor|No\.?|Tahun)\s*:?\s*\d/i.test(item.slice(index));
    if (!names) continue;
    if (index === 0 || (!CONNECTOR.test(previousWord.replace(/[^A-Za-z]/g, '')) && !/[/-]$/.test(before))) starts.push(index);
  }
  if (starts.length < 2) return [item];
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => tidy(item.slice(start, starts[i + 1] ?? item.length))).filter((part) => part !== '');
}

/** True when an item of a "dasar hukum" names a regulation rather than being stray text. */
export function looksLikeLegalReference(item: string): boolean {
  return /\b(?:undang|peraturan|keputusan|instruksi|surat edaran|permen\w*|perda|perbup|pergub|perpres|kepmen\w*|uu|pp)\b/i.test(item);
}
