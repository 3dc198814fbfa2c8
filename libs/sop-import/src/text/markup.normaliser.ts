/**
 * Cleans text copied out of Word/PDF converters: HTML fragments (`<ol><li>`, `<b>`, `<u>`, entities),
 * Markdown emphasis and stray LaTeX that some converters emit for drawn lines.
 */

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

export function decodeEntities(text: string): string {
  return text
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Collapses runs of spaces (not line breaks) and trims. */
export function collapseSpaces(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2000-\u200b]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const OVERLINE = '$\\overline{';
const BREAK_TAG = /^<\/?(?:li|br|p|div|tr)\b/i;

/**
 * `text.replace(/<[^>]*>/g, by)` (only tags whose opening matches `only`, when given), in linear time:
 * the regular expression rescans to the end of the text from every "<" that has no ">" after it.
 */
export function stripTags(text: string, by: string, only?: RegExp): string {
  let at = text.indexOf('<');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    if (only && !only.test(text.slice(at, at + 6))) {
      at = text.indexOf('<', at + 1);
      continue;
    }
    const end = text.indexOf('>', at + 1);
    if (end < 0) break;
    out += text.slice(from, at) + by;
    from = end + 1;
    at = text.indexOf('<', from);
  }
  return out + text.slice(from);
}

/** `text.replace(/\$\\overline\{[^}]*\}\$/g, '‾')` (a drawn line some converters emit as LaTeX), in linear time. */
function replaceOverlines(text: string): string {
  let at = text.indexOf(OVERLINE);
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const close = text.indexOf('}', at + OVERLINE.length);
    if (close < 0) break;
    if (text[close + 1] === '$') {
      out += text.slice(from, at) + '‾';
      from = close + 2;
      at = text.indexOf(OVERLINE, from);
    } else at = text.indexOf(OVERLINE, at + 1);
  }
  return out + text.slice(from);
}

export interface CleanOptions {
  /** Keep list-item boundaries (`<li>`, `<br>`) as "\n" instead of spaces. */
  keepBreaks?: boolean;
}

/** Removes markup from one cell or line. A cell that only held an underline (`<u> </u>`) becomes "_". */
export function cleanMarkup(raw: string, options: CleanOptions = {}): string {
  const breakTo = options.keepBreaks ? '\n' : ' ';
  let text = stripTags(stripTags(replaceOverlines(raw), breakTo, BREAK_TAG), ' ');
  text = decodeEntities(text)
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/(^|\s)\*([^*\s][^*]*)\*(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\*\*/g, '');
  text = collapseSpaces(options.keepBreaks ? text : text.replace(/\n/g, ' '));
  if (text === '' && /<u\b/i.test(raw)) return '_';
  return text;
}

/** True when the raw cell text is wrapped in bold markup (`<b>…</b>` or `**…**`). */
export function isBold(raw: string): boolean {
  const trimmed = raw.trim();
  return /^<b>[\s\S]*<\/b>$/i.test(trimmed) || /^\*\*[\s\S]*\*\*$/.test(trimmed);
}

/** Words glued by the copy ("angsuranBank", "bergulirRekap") get a space back. */
export function unglue(text: string): string {
  return breakGlued(text, ' ', true);
}

/**
 * Puts `separator` between a run of four or more lowercase letters and a capital followed by two or more
 * (`consumeNext`: as /([a-z]{4,})([A-Z][a-z]{2,})/g replaced by "$1<sep>$2"; otherwise as
 * /([a-z]{4,})(?=[A-Z][a-z]{2,})/g replaced by "$1<sep>"), in one pass: the regular expressions rescan
 * a long lowercase run from each of its letters when no capital follows it.
 */
export function breakGlued(text: string, separator: string, consumeNext: boolean): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isLower(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && isLower(text.charCodeAt(end))) end += 1;
    if (end - i >= 4 && isUpper(text.charCodeAt(end)) && isLower(text.charCodeAt(end + 1)) && isLower(text.charCodeAt(end + 2))) {
      out += text.slice(from, end) + separator;
      from = end;
      i = end + 1;
      if (consumeNext) while (i < text.length && isLower(text.charCodeAt(i))) i += 1;
    } else i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

const isLower = (code: number) => code >= 97 && code <= 122;
const isUpper = (code: number) => code >= 65 && code <= 90;

/** Lowercase, no accents or punctuation, single spaces: for comparing names. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
